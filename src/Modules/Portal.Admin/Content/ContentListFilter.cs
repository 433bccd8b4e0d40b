namespace Portal.Admin.Content;

/// <summary>What the content list shows: filters, sort, and the keyset cursor of the page (the last row of the previous page).</summary>
public sealed record ContentListFilter
{
    public string? Type { get; init; }
    public ContentStatus Status { get; init; }
    public string? TermId { get; init; }
    public string? Text { get; init; }

    /// <summary>"modified" (newest first, the default), "modified-asc", "title", "title-desc".</summary>
    public string Sort { get; init; } = "modified";

    /// <summary>An opaque cursor from <see cref="ContentListPage.NextCursor"/>; null for the first page.</summary>
    public string? After { get; init; }

    /// <summary>Only items this user owns (authors see their own work).</summary>
    public string? OwnerId { get; init; }

    public int PageSize { get; init; } = 25;
}
