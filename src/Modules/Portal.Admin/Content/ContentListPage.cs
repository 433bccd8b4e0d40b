namespace Portal.Admin.Content;

/// <summary>One page of the content list.</summary>
/// <param name="NextCursor">The cursor of the next page, or null on the last page.</param>
public sealed record ContentListPage(IReadOnlyList<ContentListRow> Rows, string? NextCursor, int Total);
