using Microsoft.AspNetCore.Http;
using Portal.Contents.Lists;
using Portal.Contents.Models;
using Portal.Contents.Taxonomies;
using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.Theming.Rendering;

namespace Portal.Contents.Services;

/// <summary>The home page: the newest article featured, the next ones, each category's newest, events under way and upcoming, member associations.</summary>
public sealed class HomePage(
    ContentListQueries lists,
    PublishedContentCache content,
    TaxonomyTerms taxonomies,
    NewsTaxonomy news,
    SiteClock clock,
    ThemeRenderer renderer)
{
    private const int LatestCount = 5;
    private const int PerCategory = 4;
    private const int EventCount = 4;
    private const int OrganizationCount = 12;

    public async Task RenderAsync(HttpContext http, SiteSettings site)
    {
        var latest = await content.GetManyAsync((await lists.LatestAsync(SiteTypes.Article, 0, LatestCount)).Ids);
        var featuredId = latest.FirstOrDefault()?.ContentItemId;
        var sections = new List<CategorySection>();
        foreach (var term in await taxonomies.TermsOfAsync(await news.IdAsync()))
        {
            // The featured article stands at the top already: its category's section goes on with the next ones.
            var ids = (await lists.ByTermAsync(term.ContentItemId, 0, PerCategory + 1)).Ids.Where(id => id != featuredId).Take(PerCategory).ToList();
            var items = await content.GetManyAsync(ids);
            if (items.Count > 0)
            {
                sections.Add(new CategorySection(term, items));
            }
        }

        var events = await lists.EventsAsync(SiteTypes.Event, SiteTypes.StartDateField, SiteTypes.EndDateField, clock.NowUtc(),
            clock.StartOfTodayUtc(site), 0, EventCount);
        var ongoing = Math.Min(events.OngoingTotal, events.Page.Ids.Count);
        var notOver = Math.Min(events.OngoingTotal + events.UpcomingTotal, events.Page.Ids.Count);
        var organizations = await lists.AlphabeticalAsync(SiteTypes.Organization, SiteTypes.KindField);
        var members = organizations.Where(o => o.Kind == SiteTypes.OrganizationKinds[0].Value).Take(OrganizationCount).Select(o => o.ContentItemId).ToList();

        await renderer.RenderAsync(http, new ThemePage
        {
            Templates = ["Home"],
            Model = new HomeViewModel
            {
                Featured = latest.FirstOrDefault(),
                Latest = latest.Skip(1).ToList(),
                Sections = sections,
                OngoingEvents = await content.GetManyAsync(events.Page.Ids.Take(ongoing).ToList()),
                UpcomingEvents = await content.GetManyAsync(events.Page.Ids.Take(notOver).Skip(ongoing).ToList()),
                Organizations = await content.GetManyAsync(members),
                OrganizationCount = organizations.Count(o => o.Kind == SiteTypes.OrganizationKinds[0].Value),
            },
            Meta = new PageMeta
            {
                Title = site.SiteName,
                Description = "Trang thông tin điện tử của Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa: tin hoạt động, sự kiện, hội thành viên.",
                CanonicalPath = "/",
                BodyClass = "page-home",
            },
        });
    }
}
