namespace Portal.Contents.Lists;

/// <summary>The ids of one page of a list, in order, with the size of the whole list.</summary>
public sealed record IdPage(IReadOnlyList<string> Ids, int Total);
