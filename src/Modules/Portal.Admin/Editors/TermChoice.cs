namespace Portal.Admin.Editors;

/// <summary>A term of a taxonomy, with its depth in the tree (0 for top-level terms).</summary>
public sealed record TermChoice(string ContentItemId, string Name, int Depth);
