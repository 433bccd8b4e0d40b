using Microsoft.AspNetCore.Http;
using Portal.Contents.Lists;
using Portal.Contents.Models;
using Portal.Contents.Taxonomies;
using Portal.Core.Content;
using Portal.Core.Routing;
using Portal.Core.Settings;
using Portal.Theming.Rendering;

namespace Portal.Contents.Services;

/// <summary>
/// The paged lists: all news (<c>/tin-tuc</c>), one category, events (<c>/su-kien</c>), and the organization directory
/// (<c>/hoi-thanh-vien</c>). A page number that is not a whole number from 1, or past the last page, is a 404.
/// </summary>
public sealed class ListPages(
    ContentListQueries lists,
    PublishedContentCache content,
    TaxonomyTerms taxonomies,
    NewsTaxonomy news,
    SiteSettingsManager settings,
    SiteClock clock,
    ThemeRenderer renderer,
    NotFoundPage notFound)
{
    public async Task NewsAsync(HttpContext http)
    {
        var site = await settings.GetAsync();
        if (PageNumber.From(http.Request) is not { } number)
        {
            await notFound.RenderAsync(http);
            return;
        }

        var size = site.PageSize;
        var page = await lists.LatestAsync(SiteTypes.Article, (number - 1) * size, size);
        await RenderListAsync(http, ["List-Article", "List"], SiteTypes.NewsTitle, "/" + SiteTypes.NewsPath, number, size, page, term: null,
            [new Breadcrumb(SiteTypes.NewsTitle, null)]);
    }

    public async Task TermAsync(HttpContext http, RouteTarget target)
    {
        var term = await taxonomies.FindAsync(target.ContentItemId, target.TermContentItemId!);
        var site = await settings.GetAsync();
        if (term is null || PageNumber.From(http.Request) is not { } number)
        {
            await notFound.RenderAsync(http);
            return;
        }

        var size = site.PageSize;
        var page = await lists.ByTermAsync(term.ContentItemId, (number - 1) * size, size);
        await RenderListAsync(http, ["Term", "List-Article", "List"], term.Title, term.Url, number, size, page, term,
            [new Breadcrumb(SiteTypes.NewsTitle, "/" + SiteTypes.NewsPath), new Breadcrumb(term.Title, null)]);
    }

    public async Task EventsAsync(HttpContext http)
    {
        var site = await settings.GetAsync();
        if (PageNumber.From(http.Request) is not { } number)
        {
            await notFound.RenderAsync(http);
            return;
        }

        var size = site.PageSize;
        var events = await lists.EventsAsync(SiteTypes.Event, SiteTypes.StartDateField, SiteTypes.EndDateField, clock.NowUtc(),
            clock.StartOfTodayUtc(site), (number - 1) * size, size);
        var page = events.Page;
        var pager = new Pager("/" + SiteTypes.EventsPath, number, size, page.Total);
        if (number > pager.PageCount)
        {
            await notFound.RenderAsync(http);
            return;
        }

        var items = await content.GetManyAsync(page.Ids);
        // The list runs ongoing, upcoming, past: where this page starts in it tells each item's state.
        var ongoingOnPage = Math.Clamp(events.OngoingTotal - pager.Skip, 0, items.Count);
        var notOverOnPage = Math.Clamp(events.OngoingTotal + events.UpcomingTotal - pager.Skip, 0, items.Count);
        var meta = Meta(SiteTypes.EventsTitle, pager, "page-events");
        meta.Breadcrumbs.Add(new Breadcrumb(SiteTypes.EventsTitle, null));
        await renderer.RenderAsync(http, new ThemePage
        {
            Templates = ["List-Event", "List"],
            Model = new ListPageViewModel
            {
                Title = SiteTypes.EventsTitle,
                Items = items,
                Pager = pager,
                Ongoing = items.Take(ongoingOnPage).ToList(),
                Upcoming = items.Take(notOverOnPage).Skip(ongoingOnPage).ToList(),
                Past = items.Skip(notOverOnPage).ToList(),
            },
            Meta = meta,
        });
    }

    public async Task OrganizationsAsync(HttpContext http)
    {
        if (http.Request.Query.ContainsKey(PageNumber.QueryKey) && PageNumber.From(http.Request) != 1)
        {
            // The directory is one page; "?page=2" names nothing.
            await notFound.RenderAsync(http);
            return;
        }

        var entries = await lists.AlphabeticalAsync(SiteTypes.Organization, SiteTypes.KindField);
        var items = (await content.GetManyAsync(entries.Select(e => e.ContentItemId).ToList())).ToDictionary(i => i.ContentItemId);
        var groups = new List<OrganizationGroup>();
        var known = SiteTypes.OrganizationKinds.Select(k => k.Value).ToHashSet();
        foreach (var (value, title) in SiteTypes.OrganizationKinds)
        {
            AddGroup(groups, value, title, entries.Where(e => e.Kind == value), items);
        }

        AddGroup(groups, "", "Tổ chức khác", entries.Where(e => e.Kind is null || !known.Contains(e.Kind)), items);
        var meta = new PageMeta
        {
            Title = SiteTypes.OrganizationsTitle,
            Description = "Danh sách các hội thành viên và đơn vị trực thuộc Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa.",
            CanonicalPath = "/" + SiteTypes.OrganizationsPath,
            BodyClass = "page-organizations",
        };
        meta.Breadcrumbs.Add(new Breadcrumb(SiteTypes.OrganizationsTitle, null));
        await renderer.RenderAsync(http, new ThemePage
        {
            Templates = ["List-Organization", "List"],
            Model = new OrganizationListViewModel(SiteTypes.OrganizationsTitle, groups, items.Count),
            Meta = meta,
        });
    }

    private static void AddGroup(List<OrganizationGroup> groups, string kind, string title, IEnumerable<OrganizationEntry> entries, Dictionary<string, ContentItem> items)
    {
        var members = entries.Select(e => items.GetValueOrDefault(e.ContentItemId)).OfType<ContentItem>().ToList();
        if (members.Count > 0)
        {
            groups.Add(new OrganizationGroup(kind, title, members));
        }
    }

    private async Task RenderListAsync(HttpContext http, IReadOnlyList<string> templates, string title, string path, int number, int size,
        IdPage page, TermInfo? term, IEnumerable<Breadcrumb> breadcrumbs)
    {
        var pager = new Pager(path, number, size, page.Total);
        if (number > pager.PageCount)
        {
            await notFound.RenderAsync(http);
            return;
        }

        var meta = Meta(title, pager, term is null ? "page-news" : "page-term");
        meta.Breadcrumbs.AddRange(breadcrumbs);
        await renderer.RenderAsync(http, new ThemePage
        {
            Templates = templates,
            Model = new ListPageViewModel
            {
                Title = title,
                Items = await content.GetManyAsync(page.Ids),
                Pager = pager,
                Term = term,
                Categories = await taxonomies.TermsOfAsync(term?.TaxonomyContentItemId ?? await news.IdAsync()),
            },
            Meta = meta,
        });
    }

    private static PageMeta Meta(string title, Pager pager, string bodyClass) => new()
    {
        Title = pager.Current > 1 ? $"{title} - Trang {pager.Current}" : title,
        CanonicalPath = pager.UrlOf(pager.Current),
        BodyClass = bodyClass,
    };
}
