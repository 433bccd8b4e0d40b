using Portal.Theming.Rendering;

namespace Portal.Search.Models;

/// <summary>The search page: what was asked (as typed, for the box), how many items match, this page's results and the pager.</summary>
public sealed class SearchPageViewModel
{
    /// <summary>The query as typed (cleaned, cut to 200 characters); the template encodes it.</summary>
    public required string Query { get; init; }

    /// <summary>True when the query has at least one word to look for.</summary>
    public required bool HasTerms { get; init; }

    /// <summary>How many items match, counted up to 1,000 (then <see cref="MoreThanTotal"/> is true).</summary>
    public required int Total { get; init; }

    public bool MoreThanTotal { get; init; }
    public required IReadOnlyList<SearchResultViewModel> Results { get; init; }
    public required Pager Pager { get; init; }
    public int MaxLength { get; init; } = Querying.SearchQuery.MaxLength;
}
