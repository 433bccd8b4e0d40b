using System.Text.Json.Nodes;
using Portal.Admin.Trees;
using Portal.Core.Content;
using Portal.Core.Json;

namespace Portal.Admin.Menus;

/// <summary>
/// The items of a menu in Orchard Core's shape: <c>MenuItemsListPart.MenuItems</c> holds LinkMenuItem items,
/// each with <c>LinkMenuItemPart {Name, Url, Target}</c> and its own children in its <c>MenuItemsListPart</c>.
/// </summary>
public sealed class MenuTree(ContentItem menu) : ItemTree(menu)
{
    public override JsonArray Items => Owner.GetOrCreatePart("MenuItemsListPart").GetOrCreateArray("MenuItems");

    protected override string NodeName => "mục menu";

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
        Add(parentId, node);
        return Id(node);
    }

    public void Update(string id, string name, string url, bool newTab) => Set(Node(id), name, url, newTab);

    protected override JsonArray? ChildrenOrNull(JsonObject node) => (node["MenuItemsListPart"] as JsonObject)?["MenuItems"] as JsonArray;

    protected override JsonArray ChildrenOf(JsonObject node) => node.GetOrCreateObject("MenuItemsListPart").GetOrCreateArray("MenuItems");

    protected override void SetChildren(JsonObject node, JsonArray children)
    {
        node.Remove("MenuItemsListPart");
        if (children.Count > 0)
        {
            node["MenuItemsListPart"] = new JsonObject { ["MenuItems"] = children };
        }
    }

    private static void Set(JsonObject node, string name, string url, bool newTab)
    {
        node["DisplayText"] = name;
        node["LinkMenuItemPart"] = new JsonObject { ["Name"] = name, ["Url"] = url, ["Target"] = newTab ? "_blank" : null };
    }
}
