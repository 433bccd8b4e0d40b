using Portal.Core.Content;
using Portal.Search.Text;

namespace Portal.Search.Models;

/// <summary>One result as the template shows it: the item (for its URL), its type's label, its date, and its title and excerpt with the matched words marked.</summary>
public sealed class SearchResultViewModel
{
    public required ContentItem Item { get; init; }
    public required string TypeLabel { get; init; }
    public required DateTime Date { get; init; }
    public required IReadOnlyList<TextSegment> Title { get; init; }
    public required Excerpt Excerpt { get; init; }
}
