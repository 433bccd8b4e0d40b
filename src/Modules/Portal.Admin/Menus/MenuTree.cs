using System.Text.Json.Nodes;
using Portal.Core.Content;
using Portal.Core.Json;

namespace Portal.Admin.Menus;

/// <summary>
/// Edits the items of a menu in Orchard Core's shape: <c>MenuItemsListPart.MenuItems</c> holds LinkMenuItem items,
/// each with <c>LinkMenuItemPart {Name, Url, Target}</c> and its own children in its <c>MenuItemsListPart</c>.
/// </summary>
public sealed class MenuTree(ContentItem menu)
{
    public ContentItem Menu { get; } = menu;

    /// <summary>The top-level items (created when missing).</summary>
    public JsonArray Items
    {
        get
        {
            var list = Menu.GetOrCreatePart("MenuItemsListPart");
            if (list["MenuItems"] is not JsonArray items)
            {
                items = [];
                list["MenuItems"] = items;
            }

            return items;
        }
    }

    public static JsonArray ChildrenOf(JsonObject node)
    {
        if (node["MenuItemsListPart"] is not JsonObject list)
        {
            list = [];
            node["MenuItemsListPart"] = list;
        }

        if (list["MenuItems"] is not JsonArray items)
        {
            items = [];
            list["MenuItems"] = items;
        }

        return items;
    }

    public static string Id(JsonObject node) => node.GetString("ContentItemId") ?? "";

    public static string Name(JsonObject node) => (node["LinkMenuItemPart"] as JsonObject)?.GetString("Name") ?? node.GetString("DisplayText") ?? "";

    public static string Url(JsonObject node) => (node["LinkMenuItemPart"] as JsonObject)?.GetString("Url") ?? "";

    public static bool OpensInNewTab(JsonObject node) => (node["LinkMenuItemPart"] as JsonObject)?.GetString("Target") == "_blank";

    /// <summary>Adds an item at the end of the top level or of a parent's children; returns its id.</summary>
    public string Add(string? parentId, string name, string url, bool newTab)
    {
        var node = new JsonObject
        {
            ["ContentItemId"] = ContentIds.New(),
            ["ContentItemVersionId"] = ContentIds.New(),
            ["ContentType"] = "LinkMenuItem",
            ["Latest"] = true,
            ["Published"] = true,
        };
        Set(node, name, url, newTab);
        var siblings = string.IsNullOrEmpty(parentId) ? Items : ChildrenOf(Find(parentId).Node);
        siblings.Add(node);
        return Id(node);
    }

    public void Update(string id, string name, string url, bool newTab) => Set(Find(id).Node, name, url, newTab);

    public void Remove(string id)
    {
        var (siblings, index, _) = Find(id);
        siblings.RemoveAt(index);
    }

    /// <summary>Moves an item one place up (-1) or down (+1) among its siblings; false at either end.</summary>
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

    /// <summary>Makes the item the last child of the sibling before it; false for a first item.</summary>
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

    /// <summary>Moves the item out of its parent, just after it; false for a top-level item.</summary>
    public bool Outdent(string id)
    {
        var (siblings, index, node) = Find(id);
        if (ReferenceEquals(siblings, Items))
        {
            return false;
        }

        var parent = FindParent(id)!;
        var (parentSiblings, parentIndex, _) = Find(Id(parent));
        siblings.RemoveAt(index);
        parentSiblings.Insert(parentIndex + 1, node);
        return true;
    }

    /// <summary>Rebuilds the order from <c>[{"id": "...", "children": [...]}]</c> (what the drag and drop sends); every item must appear once.</summary>
    public void Reorder(JsonArray order)
    {
        var all = new Dictionary<string, JsonObject>();
        Collect(Items, all);
        var seen = new HashSet<string>();
        var rebuilt = Build(order, all, seen);
        if (seen.Count != all.Count)
        {
            throw new MenuException("Thứ tự gửi lên không khớp với các mục của menu. Hãy tải lại trang.");
        }

        var list = Menu.GetOrCreatePart("MenuItemsListPart");
        list["MenuItems"] = rebuilt;
    }

    /// <summary>Every item with its depth, depth-first, for display.</summary>
    public IEnumerable<(JsonObject Node, int Depth, bool First, bool Last)> Walk() => Walk(Items, 0);

    private static IEnumerable<(JsonObject Node, int Depth, bool First, bool Last)> Walk(JsonArray items, int depth)
    {
        var nodes = items.OfType<JsonObject>().ToList();
        for (var i = 0; i < nodes.Count; i++)
        {
            yield return (nodes[i], depth, i == 0, i == nodes.Count - 1);
            if ((nodes[i]["MenuItemsListPart"] as JsonObject)?["MenuItems"] is JsonArray children)
            {
                foreach (var child in Walk(children, depth + 1))
                {
                    yield return child;
                }
            }
        }
    }

    private static JsonArray Build(JsonArray order, Dictionary<string, JsonObject> all, HashSet<string> seen)
    {
        var result = new JsonArray();
        foreach (var entry in order.OfType<JsonObject>())
        {
            var id = entry.GetString("id") ?? "";
            if (!all.TryGetValue(id, out var node) || !seen.Add(id))
            {
                throw new MenuException("Thứ tự gửi lên không khớp với các mục của menu. Hãy tải lại trang.");
            }

            node.Parent?.AsArray().Remove(node);
            var children = Build(entry["children"] as JsonArray ?? [], all, seen);
            node.Remove("MenuItemsListPart");
            if (children.Count > 0)
            {
                node["MenuItemsListPart"] = new JsonObject { ["MenuItems"] = children };
            }

            result.Add(node);
        }

        return result;
    }

    private static void Collect(JsonArray items, Dictionary<string, JsonObject> all)
    {
        foreach (var node in items.OfType<JsonObject>())
        {
            all[Id(node)] = node;
            if ((node["MenuItemsListPart"] as JsonObject)?["MenuItems"] is JsonArray children)
            {
                Collect(children, all);
            }
        }
    }

    private static void Set(JsonObject node, string name, string url, bool newTab)
    {
        node["DisplayText"] = name;
        node["LinkMenuItemPart"] = new JsonObject { ["Name"] = name, ["Url"] = url, ["Target"] = newTab ? "_blank" : null };
    }

    private (JsonArray Siblings, int Index, JsonObject Node) Find(string id) =>
        Find(Items, id) ?? throw new MenuException("Không tìm thấy mục menu này (có thể người khác vừa xóa). Hãy tải lại trang.");

    private static (JsonArray, int, JsonObject)? Find(JsonArray items, string id)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject node)
            {
                continue;
            }

            if (Id(node) == id)
            {
                return (items, i, node);
            }

            if ((node["MenuItemsListPart"] as JsonObject)?["MenuItems"] is JsonArray children && Find(children, id) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private JsonObject? FindParent(string id) =>
        Walk().Select(w => w.Node).FirstOrDefault(n => (n["MenuItemsListPart"] as JsonObject)?["MenuItems"] is JsonArray c && c.OfType<JsonObject>().Any(x => Id(x) == id));
}
