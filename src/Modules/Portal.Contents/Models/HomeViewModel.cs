using Portal.Core.Content;

namespace Portal.Contents.Models;

/// <summary>The home page: a featured article, the next newest, each category's newest, upcoming events, member associations.</summary>
public sealed class HomeViewModel
{
    public ContentItem? Featured { get; init; }
    public IReadOnlyList<ContentItem> Latest { get; init; } = [];
    public IReadOnlyList<CategorySection> Sections { get; init; } = [];
    /// <summary>Events under way now (shown first), then those still to come.</summary>
    public IReadOnlyList<ContentItem> OngoingEvents { get; init; } = [];
    public IReadOnlyList<ContentItem> UpcomingEvents { get; init; } = [];
    public IReadOnlyList<ContentItem> Organizations { get; init; } = [];
    public int OrganizationCount { get; init; }
}
