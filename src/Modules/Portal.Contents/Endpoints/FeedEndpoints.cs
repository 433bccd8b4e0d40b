using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Feeds;
using Portal.Contents.Services;
using Portal.Core.Settings;
using Portal.Theming.Catalog;
using Portal.Theming.Rendering;

namespace Portal.Contents.Endpoints;

/// <summary><c>/sitemap.xml</c> (and <c>/sitemap-N.xml</c> on big sites), <c>/rss.xml</c>, <c>/robots.txt</c>, <c>/favicon.ico</c>.</summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (HttpContext http) => Feeds(http).SitemapAsync(http, null)).CacheOutput(PublicPages.CachePolicy);
        endpoints.MapGet("/sitemap-{part:int}.xml", (HttpContext http, int part) => Feeds(http).SitemapAsync(http, part)).CacheOutput(PublicPages.CachePolicy);
        endpoints.MapGet(FeedPages.FeedPath, (HttpContext http) => Feeds(http).RssAsync(http)).CacheOutput(PublicPages.CachePolicy);
        endpoints.MapGet("/robots.txt", (HttpContext http) => Feeds(http).RobotsAsync(http)).CacheOutput(PublicPages.CachePolicy);
        endpoints.MapGet("/favicon.ico", FaviconAsync);
        return endpoints;
    }

    /// <summary>
    /// Browsers ask for <c>/favicon.ico</c> whatever a page links to: they are sent to the active theme's icon, or get an
    /// empty 404 when it has none (never a rendered page).
    /// </summary>
    private static async Task<IResult> FaviconAsync(HttpContext http, SiteSettingsManager settings, ThemeCatalog catalog, ThemeAssets assets)
    {
        var theme = catalog.Get((await settings.GetAsync()).SiteTheme);
        if (theme?.Icon is not { } icon || !File.Exists(Path.Combine(theme.WwwRootPath, icon)))
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Redirect(assets.Url(theme.Name, icon));
    }

    private static FeedPages Feeds(HttpContext http) => http.RequestServices.GetRequiredService<FeedPages>();
}
