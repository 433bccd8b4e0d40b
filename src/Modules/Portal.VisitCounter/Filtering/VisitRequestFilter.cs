using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.VisitCounter.Options;

namespace Portal.VisitCounter.Filtering;

/// <summary>
/// Which requests are page views of a person: GET requests of public pages, not prefetched, not from a bot
/// (decided before the response), answered 200 with an HTML page (decided after it).
/// </summary>
public sealed class VisitRequestFilter
{
    /// <summary>First path segments that are never public pages: the dashboard, sign-in, APIs, files, feeds.</summary>
    public static readonly IReadOnlyList<string> BuiltInExcludedSegments =
    [
        "admin", "api", "account", "login", "logout", "signin", "signout", "sign-in", "sign-out", "dang-nhap", "dang-xuat",
        "media", "themes", "_content", "_framework", "feed", "feeds", "rss", "sitemap", "error", ".well-known",
    ];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> excludedSegments;
    private readonly BotDetector bots;

    public VisitRequestFilter(BotDetector bots, IOptions<VisitCounterOptions> options)
    {
        this.bots = bots;
        var segments = new HashSet<string>(BuiltInExcludedSegments, StringComparer.OrdinalIgnoreCase);
        segments.UnionWith(options.Value.ExcludedPathSegments.Select(s => s.Trim('/', ' ')).Where(s => s.Length > 0));
        excludedSegments = segments.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the request may be a page view; the response still has to be a 200 HTML page.</summary>
    public bool IsCandidate(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !IsExcludedPath(request.Path.Value)
        && !IsPrefetch(request.Headers)
        && !bots.IsBot(request.Headers.UserAgent.ToString());

    /// <summary>True for a successful HTML page (not an error page, a redirect, a feed or a file).</summary>
    public static bool IsCountedResponse(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && response.ContentType is { } type
        && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Excluded segments, and any path naming a file (a last segment with a dot: sitemap.xml, robots.txt).</summary>
    public bool IsExcludedPath(string? path)
    {
        var span = (path ?? "/").AsSpan().TrimStart('/');
        var slash = span.IndexOf('/');
        var first = slash < 0 ? span : span[..slash];
        if (excludedSegments.Contains(first))
        {
            return true;
        }

        var last = span.TrimEnd('/');
        var lastSlash = last.LastIndexOf('/');
        return (lastSlash < 0 ? last : last[(lastSlash + 1)..]).Contains('.');
    }

    /// <summary>Prefetches and prerenders: the browser asks before (and often without) the reader opening the page.</summary>
    public static bool IsPrefetch(IHeaderDictionary headers) =>
        Mentions(headers["Sec-Purpose"], "prefetch")
        || Mentions(headers["Purpose"], "prefetch")
        || Mentions(headers["X-Purpose"], "preview")
        || Mentions(headers["X-Moz"], "prefetch");

    private static bool Mentions(Microsoft.Extensions.Primitives.StringValues values, string word)
    {
        foreach (var value in values)
        {
            if (value is not null && value.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
