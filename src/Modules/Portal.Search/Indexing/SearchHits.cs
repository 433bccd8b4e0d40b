namespace Portal.Search.Indexing;

/// <summary>One page of matches: the items' ids in rank order, and the number of matches in all.</summary>
public sealed record SearchHits(int Total, IReadOnlyList<string> ContentItemIds)
{
    public static readonly SearchHits None = new(0, []);
}
