using Portal.Core.Content;
using Portal.Theming.Rendering;

namespace Portal.Contents.Models;

/// <summary>One page of a list (news, a category, events): its title, items, pager and the categories to move between.</summary>
public sealed class ListPageViewModel
{
    public required string Title { get; init; }
    public required IReadOnlyList<ContentItem> Items { get; init; }
    public required Pager Pager { get; init; }

    /// <summary>The category shown, on a category page.</summary>
    public TermInfo? Term { get; init; }

    /// <summary>Every category of the news taxonomy, for the category links.</summary>
    public IReadOnlyList<TermInfo> Categories { get; init; } = [];

    /// <summary>On the events list: the items of this page that are under way, those still to come, then those that are over.</summary>
    public IReadOnlyList<ContentItem> Ongoing { get; init; } = [];
    public IReadOnlyList<ContentItem> Upcoming { get; init; } = [];
    public IReadOnlyList<ContentItem> Past { get; init; } = [];
}
