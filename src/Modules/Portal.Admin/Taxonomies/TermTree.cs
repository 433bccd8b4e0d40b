using System.Text.Json.Nodes;
using Portal.Admin.Trees;
using Portal.Core.Content;
using Portal.Core.Json;

namespace Portal.Admin.Taxonomies;

/// <summary>
/// The terms of a taxonomy in Orchard Core's shape: <c>TaxonomyPart.Terms</c> holds items of the taxonomy's
/// <c>TermContentType</c> (Category here), each with <c>TitlePart</c>, <c>AutoroutePart</c>, <c>TermPart</c> and its
/// own children in <c>Terms</c>. Paths left empty are made from the term's type pattern when the taxonomy is saved.
/// </summary>
public sealed class TermTree(ContentItem taxonomy) : ItemTree(taxonomy)
{
    public override JsonArray Items => Owner.GetOrCreatePart("TaxonomyPart").GetOrCreateArray("Terms");

    /// <summary>The type of the terms, set by the recipe that made the taxonomy.</summary>
    public string? TermContentType => Owner.Part("TaxonomyPart")?.GetString("TermContentType");

    protected override string NodeName => "mục phân loại";

    public static string Name(JsonObject term) => (term["TitlePart"] as JsonObject)?.GetString("Title") ?? term.GetString("DisplayText") ?? "";

    public static string Path(JsonObject term) => (term["AutoroutePart"] as JsonObject)?.GetString("Path") ?? "";

    /// <summary>Adds a term at the end of the top level or of a parent's children; returns its id.</summary>
    public string Add(string? parentId, string name, string? path)
    {
        var type = TermContentType is { Length: > 0 } termType
            ? termType
            : throw new TreeException("Phân loại này không có loại mục (TermContentType): hãy nhập lại recipe đã tạo ra nó.");
        var term = new JsonObject
        {
            ["ContentItemId"] = ContentIds.New(),
            ["ContentItemVersionId"] = ContentIds.New(),
            ["ContentType"] = type,
            ["TermPart"] = new JsonObject { ["TaxonomyContentItemId"] = Owner.ContentItemId },
        };
        Set(term, name, path);
        Add(parentId, term);
        return Id(term);
    }

    public void Update(string id, string name, string? path) => Set(Node(id), name, path);

    protected override JsonArray? ChildrenOrNull(JsonObject node) => node["Terms"] as JsonArray;

    protected override JsonArray ChildrenOf(JsonObject node) => node.GetOrCreateArray("Terms");

    protected override void SetChildren(JsonObject node, JsonArray children)
    {
        node.Remove("Terms");
        if (children.Count > 0)
        {
            node["Terms"] = children;
        }
    }

    // Only the title and the path change: whatever else an imported term carries stays. An empty path is made from
    // the name by the term type's pattern when the taxonomy is saved.
    private static void Set(JsonObject term, string name, string? path)
    {
        term["DisplayText"] = name;
        term.GetOrCreateObject("TitlePart")["Title"] = name;
        term.GetOrCreateObject("AutoroutePart")["Path"] = string.IsNullOrWhiteSpace(path) ? null : path.Trim();
    }
}
