using System.Text;
using Microsoft.AspNetCore.Http;
using Portal.Contents.Lists;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Routing;
using Portal.Core.Settings;

namespace Portal.Contents.Feeds;

/// <summary>The machine-read pages: <c>/sitemap.xml</c> (and its parts), <c>/rss.xml</c>, <c>/robots.txt</c>.</summary>
public sealed class FeedPages(ContentListQueries lists, PublishedContentCache content, RouteTable routes, SiteSettingsManager settings)
{
    public const string FeedPath = "/rss.xml";
    private const int FeedSize = 20;
    private const string XmlType = "application/xml; charset=utf-8";

    public async Task SitemapAsync(HttpContext http, int? part)
    {
        var baseUrl = await BaseUrlAsync(http);
        var entries = await AllEntriesAsync();
        var parts = (int)Math.Ceiling(entries.Count / (double)SitemapWriter.MaxUrls);
        string xml;
        if (part is null)
        {
            xml = parts <= 1 ? SitemapWriter.UrlSet(baseUrl, entries) : SitemapWriter.Index(baseUrl, parts);
        }
        else if (parts > 1 && part >= 1 && part <= parts)
        {
            xml = SitemapWriter.UrlSet(baseUrl, entries.Skip((part.Value - 1) * SitemapWriter.MaxUrls).Take(SitemapWriter.MaxUrls));
        }
        else
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await WriteAsync(http, XmlType, xml);
    }

    public async Task RssAsync(HttpContext http)
    {
        var site = await settings.GetAsync();
        var page = await lists.LatestAsync(SiteTypes.Article, 0, FeedSize);
        var xml = RssWriter.Write(await BaseUrlAsync(http), site.SiteName, FeedPath, await content.GetManyAsync(page.Ids), routes);
        await WriteAsync(http, RssWriter.ContentType, xml);
    }

    public async Task RobotsAsync(HttpContext http)
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /admin\n")
            .Append("Disallow: /api/\n")
            .Append("Disallow: /tim-kiem\n")
            .Append($"Sitemap: {await BaseUrlAsync(http)}/sitemap.xml\n")
            .ToString();
        await WriteAsync(http, "text/plain; charset=utf-8", text);
    }

    /// <summary>The home page and the list pages first, then every published path.</summary>
    private async Task<List<SitemapEntry>> AllEntriesAsync()
    {
        var entries = new List<SitemapEntry>
        {
            new("", null),
            new(SiteTypes.NewsPath, null),
            new(SiteTypes.EventsPath, null),
            new(SiteTypes.OrganizationsPath, null),
        };
        entries.AddRange(await lists.SitemapAsync());
        return entries;
    }

    private async Task<string> BaseUrlAsync(HttpContext http) =>
        (await settings.GetAsync()).BaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";

    private static async Task WriteAsync(HttpContext http, string contentType, string text)
    {
        http.Response.ContentType = contentType;
        await http.Response.WriteAsync(text, Encoding.UTF8, http.RequestAborted);
    }
}
