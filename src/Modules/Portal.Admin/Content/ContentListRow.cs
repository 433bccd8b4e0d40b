namespace Portal.Admin.Content;

/// <summary>One line of the content list: the item's latest version and whether another version is live.</summary>
public sealed record ContentListRow(
    string ContentItemId,
    string ContentType,
    string DisplayText,
    string? Author,
    string? Owner,
    DateTime? ModifiedUtc,
    DateTime? PublishedUtc,
    DateTime? ScheduledPublishUtc,
    bool LatestIsPublished,
    bool HasPublished);
