namespace Portal.Admin.Trees;

/// <summary>
/// What one form of a tree page posted (add or update a node; a move carries only <paramref name="Op"/> and
/// <paramref name="ItemId"/>), kept so that a refused change shows the form again as the editor filled it.
/// </summary>
/// <param name="Address">The menu item's address or the term's path.</param>
public sealed record TreeInput(string? Op, string? ItemId, string? ParentId = null, string? Name = null, string? Address = null, bool NewTab = false);
