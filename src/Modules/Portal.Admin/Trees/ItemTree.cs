using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Content;
using Portal.Core.Json;

namespace Portal.Admin.Trees;

/// <summary>
/// A tree kept inside one content item's JSON (a menu's items, a taxonomy's terms) and what editors do to it: add,
/// remove, move up or down, nest under the node above or take out of its parent, and rebuild the whole order from
/// drag and drop. Subclasses say where the top-level nodes and a node's children are, and name the nodes in refusals.
/// </summary>
public abstract class ItemTree(ContentItem owner)
{
    public ContentItem Owner { get; } = owner;

    /// <summary>The top-level nodes (created when missing).</summary>
    public abstract JsonArray Items { get; }

    /// <summary>What the editor calls a node in messages: "mục menu", "mục phân loại".</summary>
    protected abstract string NodeName { get; }

    /// <summary>A node's children, or null when it has none.</summary>
    protected abstract JsonArray? ChildrenOrNull(JsonObject node);

    /// <summary>A node's children, the list made (and attached) when missing.</summary>
    protected abstract JsonArray ChildrenOf(JsonObject node);

    /// <summary>Replaces a node's children; an empty list leaves it none.</summary>
    protected abstract void SetChildren(JsonObject node, JsonArray children);

    public static string Id(JsonObject node) => node.GetString("ContentItemId") ?? "";

    /// <summary>A node's children, for display (an empty list when it has none; nothing is created).</summary>
    public IEnumerable<JsonObject> Children(JsonObject node) => (ChildrenOrNull(node) ?? []).OfType<JsonObject>();

    /// <summary>Every node with its depth, depth-first, for display.</summary>
    public IEnumerable<(JsonObject Node, int Depth)> Walk() => Walk(Items, 0);

    /// <summary>The node and everything nested in it.</summary>
    public IEnumerable<JsonObject> Subtree(string id)
    {
        var node = Find(id).Node;
        return Walk(ChildrenOrNull(node) ?? [], 1).Select(w => w.Node).Prepend(node);
    }

    public JsonObject Node(string id) => Find(id).Node;

    public void Remove(string id)
    {
        var (siblings, index, _) = Find(id);
        siblings.RemoveAt(index);
    }

    /// <summary>Moves a node one place up (-1) or down (+1) among its siblings; false at either end.</summary>
    public bool Move(string id, int direction)
    {
        var (siblings, index, node) = Find(id);
        var target = index + direction;
        if (target < 0 || target >= siblings.Count)
        {
            return false;
        }

        siblings.RemoveAt(index);
        siblings.Insert(target, node);
        return true;
    }

    /// <summary>Makes the node the last child of the sibling before it; false for a first node.</summary>
    public bool Indent(string id)
    {
        var (siblings, index, node) = Find(id);
        if (index == 0)
        {
            return false;
        }

        var previous = (JsonObject)siblings[index - 1]!;
        siblings.RemoveAt(index);
        ChildrenOf(previous).Add(node);
        return true;
    }

    /// <summary>Moves the node out of its parent, just after it; false for a top-level node.</summary>
    public bool Outdent(string id)
    {
        var (siblings, index, node) = Find(id);
        if (ReferenceEquals(siblings, Items))
        {
            return false;
        }

        var parent = Walk().Select(w => w.Node).First(n => ReferenceEquals(ChildrenOrNull(n), siblings));
        var (parentSiblings, parentIndex, _) = Find(Id(parent));
        siblings.RemoveAt(index);
        parentSiblings.Insert(parentIndex + 1, node);
        return true;
    }

    /// <summary>Rebuilds the order from <c>[{"id": "...", "children": [...]}]</c> (what the drag and drop sends); every node must appear once.</summary>
    public void Reorder(JsonArray order)
    {
        // Indexed, not ToDictionary: an imported tree may hold one id twice, which must not become an error page.
        var all = new Dictionary<string, JsonObject>();
        foreach (var (node, _) in Walk())
        {
            all[Id(node)] = node;
        }

        var seen = new HashSet<string>();
        var rebuilt = Build(order, all, seen);
        if (seen.Count != all.Count)
        {
            throw Mismatch();
        }

        Items.Clear();
        foreach (var node in rebuilt)
        {
            Items.Add(node);
        }
    }

    /// <summary>
    /// Applies a move posted by a tree page: its buttons (up, down, indent, outdent, for the node <paramref name="id"/>)
    /// or its drag and drop (order, the whole order as JSON). False when <paramref name="op"/> is not a move.
    /// </summary>
    public bool TryMove(string? op, string? id, string? order)
    {
        switch (op)
        {
            case "up" or "down":
                Move(id ?? "", op == "up" ? -1 : 1);
                return true;
            case "indent":
                Indent(id ?? "");
                return true;
            case "outdent":
                Outdent(id ?? "");
                return true;
            case "order":
                Reorder(ParseOrder(order));
                return true;
            default:
                return false;
        }
    }

    /// <summary>Adds a node at the end of the top level or of a parent's children.</summary>
    protected void Add(string? parentId, JsonObject node) =>
        (string.IsNullOrEmpty(parentId) ? Items : ChildrenOf(Find(parentId).Node)).Add(node);

    private IEnumerable<(JsonObject Node, int Depth)> Walk(JsonArray nodes, int depth)
    {
        foreach (var node in nodes.OfType<JsonObject>().ToList())
        {
            yield return (node, depth);
            foreach (var child in Walk(ChildrenOrNull(node) ?? [], depth + 1))
            {
                yield return child;
            }
        }
    }

    private List<JsonObject> Build(JsonArray order, Dictionary<string, JsonObject> all, HashSet<string> seen)
    {
        var result = new List<JsonObject>();
        foreach (var entry in order.OfType<JsonObject>())
        {
            var id = entry.GetString("id") ?? "";
            if (!all.TryGetValue(id, out var node) || !seen.Add(id))
            {
                throw Mismatch();
            }

            var children = Build(entry["children"] as JsonArray ?? [], all, seen);
            node.Parent?.AsArray().Remove(node);
            SetChildren(node, new JsonArray([.. children]));
            result.Add(node);
        }

        return result;
    }

    private static JsonArray ParseOrder(string? order)
    {
        try
        {
            // A forged order may write a name twice: refused like any other malformed order.
            return JsonNode.Parse(order ?? "[]", documentOptions: DuplicateProperties.Refused(default)) as JsonArray
                ?? throw new TreeException("Thứ tự không hợp lệ.");
        }
        catch (JsonException)
        {
            throw new TreeException("Thứ tự không hợp lệ.");
        }
    }

    private TreeException Mismatch() => new($"Thứ tự gửi lên không khớp với các {NodeName} hiện có. Hãy tải lại trang.");

    private (JsonArray Siblings, int Index, JsonObject Node) Find(string id) =>
        Find(Items, id) ?? throw new TreeException($"Không tìm thấy {NodeName} này (có thể người khác vừa xóa). Hãy tải lại trang.");

    private (JsonArray, int, JsonObject)? Find(JsonArray nodes, string id)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is not JsonObject node)
            {
                continue;
            }

            if (Id(node) == id)
            {
                return (nodes, i, node);
            }

            if (ChildrenOrNull(node) is { } children && Find(children, id) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
