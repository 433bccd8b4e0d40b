using Portal.Search.Indexing;

namespace Portal.Tests.Search.Indexing;

public sealed class RankedSearchTests
{
    /// <summary>Title matches t0..t(n-1), other matches r0..r(m-1); pages are read from these lists as the index would.</summary>
    private static Task<SearchHits> PageAsync(int titles, int rest, int skip, int take, List<string>? reads = null) =>
        RankedSearch.PageAsync(skip, take,
            limit => Task.FromResult(((long)Math.Min(titles + rest, limit), (long)Math.Min(titles, limit))),
            (s, t) => Task.FromResult(Read("t", titles, s, t, reads)),
            (s, t) => Task.FromResult(Read("r", rest, s, t, reads)));

    private static List<string> Read(string prefix, int count, int skip, int take, List<string>? reads)
    {
        reads?.Add($"{prefix} {skip}+{take}");
        return Enumerable.Range(skip, Math.Max(0, Math.Min(take, count - skip))).Select(i => prefix + i).ToList();
    }

    [Fact]
    public async Task PageAsync_PageAcrossTheTwoLists_TakesTheTitleMatchesFirstThenTheRest()
    {
        var reads = new List<string>();
        var hits = await PageAsync(titles: 13, rest: 20, skip: 10, take: 10, reads);

        Assert.Equal(33, hits.Total);
        Assert.False(hits.MoreThanTotal);
        Assert.Equal(["t10", "t11", "t12", "r0", "r1", "r2", "r3", "r4", "r5", "r6"], hits.ContentItemIds);
        Assert.Equal(["t 10+10", "r 0+7"], reads);
    }

    [Fact]
    public async Task PageAsync_PagePastTheTitleMatches_ReadsOnlyTheRest()
    {
        var reads = new List<string>();
        var hits = await PageAsync(titles: 13, rest: 20, skip: 30, take: 10, reads);

        Assert.Equal(["r17", "r18", "r19"], hits.ContentItemIds);
        Assert.Equal(["r 17+3"], reads);
    }

    [Fact]
    public async Task PageAsync_ManyMatches_CountsUpToTheLimitAndStopsThere()
    {
        var last = await PageAsync(titles: 50, rest: 100_000, skip: RankedSearch.MaxCounted - 10, take: 10);
        var past = await PageAsync(titles: 50, rest: 100_000, skip: RankedSearch.MaxCounted, take: 10);

        Assert.Equal(RankedSearch.MaxCounted, last.Total);
        Assert.True(last.MoreThanTotal);
        Assert.Equal(10, last.ContentItemIds.Count);
        Assert.Empty(past.ContentItemIds);
    }

    [Fact]
    public async Task PageAsync_NoMatch_ReadsNoPage()
    {
        var reads = new List<string>();
        var hits = await PageAsync(titles: 0, rest: 0, skip: 0, take: 10, reads);

        Assert.Equal(0, hits.Total);
        Assert.Empty(reads);
    }
}
