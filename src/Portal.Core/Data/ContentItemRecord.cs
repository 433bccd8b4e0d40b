namespace Portal.Core.Data;

/// <summary>
/// One version of a content item: the index columns that queries filter and sort on,
/// plus the whole item as Orchard-shaped JSON in <see cref="Data"/>.
/// </summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    /// <summary>The display text folded for diacritic-insensitive filtering (see <c>VietnameseText.Fold</c>).</summary>
    public string DisplayTextKey { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    /// <summary>When set on a draft, the background publisher publishes it at that instant.</summary>
    public DateTime? ScheduledPublishUtc { get; set; }
    public string Data { get; set; } = "{}";
    /// <summary>Bumped on every write of this row; an optimistic concurrency token.</summary>
    public long Revision { get; set; }
}
