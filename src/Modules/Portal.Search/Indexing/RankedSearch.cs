namespace Portal.Search.Indexing;

/// <summary>
/// Pages through two ranked lists as if they were one: the matches whose title matches, then the rest, each already
/// newest first in the index. Only the page asked for is read from either list, and matches are counted up to
/// <see cref="MaxCounted"/> only: past that, counting would read every posting of a common word for a number no
/// reader needs ("more than 1,000" says as much, and nobody pages past page 100).
/// </summary>
internal static class RankedSearch
{
    public const int MaxCounted = 1000;

    /// <param name="count">
    /// Given a limit, how many items match and how many of them match by their title, each counted up to that limit.
    /// </param>
    /// <param name="titlePage">A page of the title matches (skip, take).</param>
    /// <param name="restPage">A page of the other matches (skip, take).</param>
    public static async Task<SearchHits> PageAsync(int skip, int take,
        Func<int, Task<(long All, long Titles)>> count,
        Func<int, int, Task<List<string>>> titlePage, Func<int, int, Task<List<string>>> restPage)
    {
        var (all, titleCount) = await count(MaxCounted + 1);
        var more = all > MaxCounted;
        var total = (int)Math.Min(all, MaxCounted);
        var titles = (int)Math.Min(titleCount, MaxCounted);
        if (total == 0 || skip >= total)
        {
            return new SearchHits(total, more, []);
        }

        take = Math.Min(take, total - skip);
        var ids = new List<string>(take);
        if (skip < titles)
        {
            ids.AddRange(await titlePage(skip, take));
        }

        if (ids.Count < take && total > titles)
        {
            ids.AddRange(await restPage(Math.Max(0, skip - titles), take - ids.Count));
        }

        return new SearchHits(total, more, ids);
    }
}
