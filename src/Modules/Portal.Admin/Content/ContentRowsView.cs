namespace Portal.Admin.Content;

/// <summary>A short list of items on the dashboard home.</summary>
public sealed record ContentRowsView(IReadOnlyList<ContentListRow> Rows, string TestId, string Empty);
