namespace Portal.Core.Visits;

/// <summary>A content item and its page views over the asked period.</summary>
/// <param name="ContentItemId">The item's id.</param>
/// <param name="Title">The published version's title, else the latest version's; "(đã xóa)" for an item that is gone.</param>
/// <param name="Path">The public address ("/tin-tuc/..."), or null when the item is not published.</param>
/// <param name="Views">Page views over the period.</param>
public sealed record MostReadItem(string ContentItemId, string Title, string? Path, long Views);
