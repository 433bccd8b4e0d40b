using Microsoft.AspNetCore.Http;
using Portal.Contents.Feeds;
using Portal.Contents.Lists;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Routing;
using Portal.Core.Settings;
using Portal.Theming.Rendering;

namespace Portal.Contents.Services;

/// <summary>Renders the public pages reached by path: the home page, an item, a category, an event's .ics, or the 404 page.</summary>
public sealed class PublicPages(
    RouteTable routes,
    PublishedContentCache content,
    SiteSettingsManager settings,
    ThemeRenderer renderer,
    HomePage home,
    ListPages lists,
    ItemPageMeta itemMeta,
    SiteClock clock,
    NotFoundPage notFound)
{
    public const string CachePolicy = "public-pages";
    public const string CacheTag = "content";

    private const string CalendarSuffix = ".ics";

    public async Task HomeAsync(HttpContext http)
    {
        var site = await settings.GetAsync();
        if (site.HomeRoute?["ContentItemId"]?.ToString() is { Length: > 0 } homeId && await content.GetAsync(homeId) is { } homeItem)
        {
            await ItemAsync(http, homeItem);
            return;
        }

        await home.RenderAsync(http, site);
    }

    /// <summary>The item or term at the path, an event's calendar file ("su-kien/abc.ics"), or the 404 page.</summary>
    public async Task PathAsync(HttpContext http, string path)
    {
        if (routes.TryResolve(path, out var target) && await content.GetAsync(target.ContentItemId) is { } item)
        {
            if (target.TermContentItemId is not null)
            {
                await lists.TermAsync(http, target);
            }
            else
            {
                await ItemAsync(http, item);
            }

            return;
        }

        if (path.EndsWith(CalendarSuffix, StringComparison.OrdinalIgnoreCase) &&
            routes.TryResolve(path[..^CalendarSuffix.Length], out var eventTarget) && eventTarget.TermContentItemId is null &&
            await content.GetAsync(eventTarget.ContentItemId) is { ContentType: SiteTypes.Event } calendarEvent)
        {
            await EventCalendarWriter.WriteAsync(http, calendarEvent, (await settings.GetAsync()).SiteName);
            return;
        }

        await notFound.RenderAsync(http);
    }

    public Task NotFoundAsync(HttpContext http) => notFound.RenderAsync(http);

    private async Task ItemAsync(HttpContext http, ContentItem item)
    {
        var page = new ThemePage
        {
            Templates = [$"Content-{item.ContentType}", "Content"],
            Model = item,
            Meta = await itemMeta.BuildAsync(item),
        };
        // An event's page says whether it is under way, to come or over, as the events list does ("EventState").
        if (item.ContentType == SiteTypes.Event && ContentJson.AsDate(item.Part(SiteTypes.Event)?[SiteTypes.StartDateField]?["Value"]) is { } start)
        {
            var end = ContentJson.AsDate(item.Part(SiteTypes.Event)?[SiteTypes.EndDateField]?["Value"]);
            page.Values["EventState"] = EventTiming.StateOf(start, end, clock.NowUtc(), clock.StartOfTodayUtc(await settings.GetAsync()));
        }

        await renderer.RenderAsync(http, page);
    }
}
