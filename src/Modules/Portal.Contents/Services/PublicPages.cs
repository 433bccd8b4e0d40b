using Microsoft.AspNetCore.Http;
using Portal.Core.Content;
using Portal.Core.Routing;
using Portal.Core.Settings;
using Portal.Theming.Rendering;

namespace Portal.Contents.Services;

/// <summary>Renders the public pages: the home page, an item at its path, the 404 page.</summary>
public sealed class PublicPages(RouteTable routes, PublishedContentCache content, SiteSettingsManager settings, ThemeRenderer renderer)
{
    public const string CachePolicy = "public-pages";
    public const string CacheTag = "content";

    public async Task HomeAsync(HttpContext http)
    {
        var site = await settings.GetAsync();
        if (site.HomeRoute?["ContentItemId"]?.ToString() is { Length: > 0 } homeId && await content.GetAsync(homeId) is { } homeItem)
        {
            await ItemAsync(http, homeItem);
            return;
        }

        await renderer.RenderAsync(http, new ThemePage
        {
            Templates = ["Home"],
            Meta = new PageMeta { Title = site.SiteName, CanonicalPath = "/", BodyClass = "page-home" },
        });
    }

    /// <summary>The item or term at the path, or the 404 page.</summary>
    public async Task PathAsync(HttpContext http, string path)
    {
        if (routes.TryResolve(path, out var target) && await content.GetAsync(target.ContentItemId) is { } item)
        {
            if (target.TermContentItemId is null)
            {
                await ItemAsync(http, item);
                return;
            }

            await renderer.RenderAsync(http, new ThemePage
            {
                Templates = ["Term"],
                Model = item,
                Meta = new PageMeta { Title = target.Path, CanonicalPath = "/" + target.Path, BodyClass = "page-term" },
                Values = { ["TermContentItemId"] = target.TermContentItemId },
            });
            return;
        }

        await NotFoundAsync(http);
    }

    public Task NotFoundAsync(HttpContext http) => renderer.RenderAsync(http, new ThemePage
    {
        Templates = ["NotFound"],
        StatusCode = StatusCodes.Status404NotFound,
        Meta = new PageMeta { Title = "Không tìm thấy trang", BodyClass = "page-not-found" },
    });

    private Task ItemAsync(HttpContext http, ContentItem item) => renderer.RenderAsync(http, new ThemePage
    {
        Templates = [$"Content-{item.ContentType}", "Content"],
        Model = item,
        Meta = new PageMeta
        {
            Title = item.DisplayText,
            CanonicalPath = routes.PathOf(item.ContentItemId) is { } path ? "/" + path : null,
            BodyClass = $"page-{item.ContentType.ToLowerInvariant()}",
        },
    });
}
