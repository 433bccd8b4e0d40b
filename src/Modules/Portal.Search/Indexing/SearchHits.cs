namespace Portal.Search.Indexing;

/// <summary>
/// One page of matches: the items' ids in rank order, and how many match in all, counted up to
/// <see cref="RankedSearch.MaxCounted"/> (<see cref="MoreThanTotal"/> says there are more than that).
/// </summary>
public sealed record SearchHits(int Total, bool MoreThanTotal, IReadOnlyList<string> ContentItemIds)
{
    public static readonly SearchHits None = new(0, false, []);
}
