using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Feeds;
using Portal.Contents.Services;

namespace Portal.Contents.Endpoints;

/// <summary><c>/sitemap.xml</c> (and <c>/sitemap-N.xml</c> on big sites), <c>/rss.xml</c>, <c>/robots.txt</c>.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (HttpContext http) => Feeds(http).SitemapAsync(http, null)).CacheOutput(PublicPages.CachePolicy);
        endpoints.MapGet("/sitemap-{part:int}.xml", (HttpContext http, int part) => Feeds(http).SitemapAsync(http, part)).CacheOutput(PublicPages.CachePolicy);
        endpoints.MapGet(FeedPages.FeedPath, (HttpContext http) => Feeds(http).RssAsync(http)).CacheOutput(PublicPages.CachePolicy);
        endpoints.MapGet("/robots.txt", (HttpContext http) => Feeds(http).RobotsAsync(http)).CacheOutput(PublicPages.CachePolicy);
        return endpoints;
    }

    private static FeedPages Feeds(HttpContext http) => http.RequestServices.GetRequiredService<FeedPages>();
}
