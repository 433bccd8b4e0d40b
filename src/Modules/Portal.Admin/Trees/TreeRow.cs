namespace Portal.Admin.Trees;

/// <summary>
/// One node's row on a tree page (menus, taxonomies), for the shared move and remove buttons: which node, where it
/// stands among its siblings, and the version of the item the page showed (a change on top of a newer one is refused).
/// </summary>
/// <param name="Prefix">The page's prefix of test ids: "menu", "term".</param>
/// <param name="RemoveQuestion">Asked before removing, in Vietnamese.</param>
public sealed record TreeRow(string Prefix, string Action, string Id, string Name, int Depth, bool First, bool Last,
    long Revision, string VersionId, string RemoveQuestion);
