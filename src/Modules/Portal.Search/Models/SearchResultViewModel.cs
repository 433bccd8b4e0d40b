using Portal.Core.Content;
using Portal.Search.Text;

namespace Portal.Search.Models;

/// <summary>One result as the template shows it: the item (for its URL), its label, its date if it has one, and its title and excerpt with the matched words marked.</summary>
public sealed class SearchResultViewModel
{
    public required ContentItem Item { get; init; }
    public required string TypeLabel { get; init; }
    /// <summary>When an event starts, when an article was published; null when no date would mean anything (an organization).</summary>
    public required DateTime? Date { get; init; }
    public required IReadOnlyList<TextSegment> Title { get; init; }
    public required Excerpt Excerpt { get; init; }
}
