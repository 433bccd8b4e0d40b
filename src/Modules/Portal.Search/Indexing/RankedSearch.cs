namespace Portal.Search.Indexing;

/// <summary>
/// Pages through two ranked lists as if they were one: the matches whose title matches, then the rest, each already
/// newest first in the index. Only the page asked for is read from either list.
/// </summary>
internal static class RankedSearch
{
    /// <param name="count">How many items match, and how many of them match by their title.</param>
    /// <param name="titlePage">A page of the title matches (skip, take).</param>
    /// <param name="restPage">A page of the other matches (skip, take).</param>
    public static async Task<SearchHits> PageAsync(int skip, int take,
        Func<Task<(long All, long Titles)>> count,
        Func<int, int, Task<List<string>>> titlePage, Func<int, int, Task<List<string>>> restPage)
    {
        var (all, titleCount) = await count();
        var total = (int)all;
        var titles = (int)titleCount;
        if (total == 0 || skip >= total)
        {
            return new SearchHits(total, []);
        }

        var ids = new List<string>(take);
        if (skip < titles)
        {
            ids.AddRange(await titlePage(skip, take));
        }

        if (ids.Count < take && total > titles)
        {
            ids.AddRange(await restPage(Math.Max(0, skip - titles), take - ids.Count));
        }

        return new SearchHits(total, ids);
    }
}
