namespace Portal.VisitCounter.Reports;

/// <summary>A content item and its page views over the asked period; <see cref="Path"/> is null when it is not published.</summary>
public sealed record MostReadItem(string ContentItemId, string Title, string? Path, long Views);
