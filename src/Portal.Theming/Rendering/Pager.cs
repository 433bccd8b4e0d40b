namespace Portal.Theming.Rendering;

/// <summary>
/// The page links of a paged list: previous, next, and a window of numbers around the current page with gaps
/// ("1 … 4 5 [6] 7 8 … 50"). Page 1 is the list's own path, page N is "?page=N" (after the list's own query, if any:
/// "/tim-kiem?q=abc&amp;page=2").
/// </summary>
public sealed class Pager
{
    private const int Window = 2;

    /// <param name="query">A query string that every page keeps, already URL-encoded ("q=thach%20thanh"), or null.</param>
    public Pager(string path, int current, int pageSize, int totalItems, string? query = null)
    {
        Path = path;
        Query = string.IsNullOrEmpty(query) ? null : query;
        PageSize = pageSize;
        TotalItems = totalItems;
        PageCount = Math.Max(1, (int)Math.Ceiling(totalItems / (double)pageSize));
        Current = current;
        Links = BuildLinks();
    }

    /// <summary>The list's path without query ("/tin-tuc").</summary>
    public string Path { get; }

    /// <summary>The query string every page keeps, without "?" ("q=abc"), or null.</summary>
    public string? Query { get; }
    public int Current { get; }
    public int PageSize { get; }
    public int TotalItems { get; }
    public int PageCount { get; }

    /// <summary>How many items come before the current page.</summary>
    public int Skip => (Current - 1) * PageSize;

    /// <summary>True when there is more than one page (the template shows links only then).</summary>
    public bool HasPages => PageCount > 1;
    public string? PreviousUrl => Current > 1 ? UrlOf(Current - 1) : null;
    public string? NextUrl => Current < PageCount ? UrlOf(Current + 1) : null;
    public IReadOnlyList<PagerLink> Links { get; }

    /// <summary>The URL of page <paramref name="page"/>: page 1 has no query string.</summary>
    public string UrlOf(int page) => (page <= 1, Query) switch
    {
        (true, null) => Path,
        (true, _) => $"{Path}?{Query}",
        (false, null) => $"{Path}?page={page}",
        (false, _) => $"{Path}?{Query}&page={page}",
    };

    private List<PagerLink> BuildLinks()
    {
        var numbers = new SortedSet<int> { 1, PageCount };
        for (var n = Current - Window; n <= Current + Window; n++)
        {
            if (n >= 1 && n <= PageCount)
            {
                numbers.Add(n);
            }
        }

        var links = new List<PagerLink>();
        var previous = 0;
        foreach (var n in numbers)
        {
            if (n - previous > 1)
            {
                links.Add(new PagerLink(0, null, IsCurrent: false, IsGap: true));
            }

            links.Add(new PagerLink(n, UrlOf(n), IsCurrent: n == Current, IsGap: false));
            previous = n;
        }

        return links;
    }
}
