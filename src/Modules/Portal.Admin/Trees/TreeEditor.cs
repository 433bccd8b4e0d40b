using Portal.Admin.Security;
using Portal.Core.Content.Definitions;

namespace Portal.Admin.Trees;

/// <summary>
/// The own editor of the types whose items hold a tree (menus, taxonomies): only there, and only for the roles that
/// manage them, are such items edited. The generic content editor does not create them (it would let any author add
/// a menu) and sends people to this editor instead.
/// </summary>
/// <param name="PartName">The part that makes a type one of these: "MenuItemsListPart", "TaxonomyPart".</param>
/// <param name="ListPath">The page listing the items: "/admin/menus".</param>
/// <param name="EditPath">The page editing one item, without its query: "/admin/menus/edit".</param>
public sealed record TreeEditor(string PartName, string Permission, string ListPath, string EditPath)
{
    public static readonly TreeEditor Menus = new("MenuItemsListPart", AdminPermissions.ManageMenus, "/admin/menus", "/admin/menus/edit");

    public static readonly TreeEditor Taxonomies = new("TaxonomyPart", AdminPermissions.ManageTaxonomies, "/admin/taxonomies", "/admin/taxonomies/edit");

    /// <summary>The own editor of the type, or null when the generic content editor edits it.</summary>
    public static TreeEditor? Of(ContentTypeDefinition? type) =>
        type is null ? null : new[] { Menus, Taxonomies }.FirstOrDefault(editor => type.HasPart(editor.PartName));

    /// <summary>Types that get a "+ New" button and the generic editor's create form.</summary>
    public static bool IsCreatedInContentEditor(ContentTypeDefinition type) => type.Creatable && type.Stereotype is null && Of(type) is null;

    public string EditUrl(string id) => $"{EditPath}?id={Uri.EscapeDataString(id)}";
}
