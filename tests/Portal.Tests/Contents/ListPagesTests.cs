using System.Globalization;
using System.Net;
using Portal.Core.Text;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Contents;

public sealed class ListPagesTests(PublicSiteFixture fixture) : IClassFixture<PublicSiteFixture>
{
    private const string Category = "/tin-tuc/tin-hoat-dong-cua-lien-hiep-hoi";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Category_PagesOfTen_NewestFirstWithPageLinks(string provider)
    {
        // 25 sample articles and the seed article: pages of 10, 10 and 6.
        var (status, first, _) = await fixture.GetAsync(provider, Category);
        var (_, second, _) = await fixture.GetAsync(provider, Category + "?page=2");
        var (lastStatus, last, _) = await fixture.GetAsync(provider, Category + "?page=3");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Tin hoạt động của Liên hiệp hội", first.QuerySelector("[data-testid=list-title]")!.TextContent);
        Assert.Equal(10, Items(first).Count);
        Assert.Equal(10, Items(second).Count);
        Assert.Equal(HttpStatusCode.OK, lastStatus);
        Assert.Equal(6, Items(last).Count);
        Assert.Equal(26, Items(first).Concat(Items(second)).Concat(Items(last)).Distinct().Count());
        Assert.Contains("[Bài mẫu] Số 1:", Items(first)[1]);
        Assert.Contains("[Bài mẫu] Số 25:", Items(last)[^1]);

        Assert.Null(first.QuerySelector("[data-testid=pager-previous]"));
        Assert.Equal(Category + "?page=2", first.QuerySelector("[data-testid=pager-next]")!.GetAttribute("href"));
        Assert.Equal("1", first.QuerySelector("[data-testid=pager-current]")!.TextContent);
        Assert.Equal(Category, second.QuerySelector("[data-testid=pager-previous]")!.GetAttribute("href"));
        Assert.Equal([Category, Category + "?page=3"], second.QuerySelectorAll("[data-testid=pager-link]").Select(a => a.GetAttribute("href")).ToList());
        Assert.Null(last.QuerySelector("[data-testid=pager-next]"));
        Assert.Equal("http://localhost" + Category + "?page=2", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Category_PageNumberOutOfRangeOrNotANumber_Is404(string provider)
    {
        foreach (var query in new[] { "?page=4", "?page=0", "?page=-1", "?page=abc", "?page=", "?page=2.5", "?page=300000000", "?page=999999999" })
        {
            var (status, page, _) = await fixture.GetAsync(provider, Category + query);
            Assert.True(status == HttpStatusCode.NotFound, $"{query} gave {status}");
            Assert.Equal("Không tìm thấy trang", page.QuerySelector("[data-testid=not-found-message]")!.TextContent);
        }

        var (explicitFirst, _, _) = await fixture.GetAsync(provider, Category + "?page=1");
        Assert.Equal(HttpStatusCode.OK, explicitFirst);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task News_AllArticles_PagedWithCategoryLinks(string provider)
    {
        // 33 sample articles and the seed article: 4 pages, the last with 4.
        var (_, first, _) = await fixture.GetAsync(provider, "/tin-tuc");
        var (status, last, _) = await fixture.GetAsync(provider, "/tin-tuc?page=4");
        var (pastStatus, _, _) = await fixture.GetAsync(provider, "/tin-tuc?page=5");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, Items(last).Count);
        Assert.Equal(HttpStatusCode.NotFound, pastStatus);
        var categories = first.QuerySelectorAll("[data-testid=category-links] [data-testid=category-link]").Select(a => a.TextContent).ToList();
        Assert.Equal(["Tin hoạt động của Liên hiệp hội", "Diễn đàn khoa học và công nghệ", "Tư vấn, phản biện và giám định xã hội",
            "Đối ngoại và hợp tác quốc tế", "Hội thành viên"], categories);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Events_UpcomingFirstSoonestFirst_ThenPastLatestFirst(string provider)
    {
        var (status, page, _) = await fixture.GetAsync(provider, "/su-kien");

        Assert.Equal(HttpStatusCode.OK, status);
        var items = page.QuerySelectorAll("[data-testid=event-list] [data-testid=event-item]");
        Assert.Equal(8, items.Length);
        Assert.Equal(["upcoming", "upcoming", "upcoming", "upcoming", "upcoming", "past", "past", "past"], items.Select(i => i.GetAttribute("data-event-status")).ToList());
        var starts = items.Select(i => DateTime.ParseExact(i.QuerySelector("time")!.GetAttribute("datetime")!, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(starts.Take(5).Order(), starts.Take(5));
        Assert.Equal(starts.Skip(5).OrderDescending(), starts.Skip(5));
        Assert.Contains("Thứ Hai, 15/03/2027 08:00", items[0].TextContent);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Organizations_MemberAssociationsInVietnameseAlphabeticalOrder(string provider)
    {
        var (status, page, _) = await fixture.GetAsync(provider, "/hoi-thanh-vien");

        Assert.Equal(HttpStatusCode.OK, status);
        var members = page.QuerySelectorAll("[data-testid=organization-list]")[0].QuerySelectorAll("[data-testid=organization-item] a")
            .Select(a => a.TextContent).ToList();
        Assert.Equal(10, members.Count);
        Assert.Equal(members.OrderBy(VietnameseText.Fold, StringComparer.Ordinal), members);
        Assert.Equal("Hội Các ngành Sinh học – Hóa học", members[0]);
        Assert.Equal("Hội Y học Thanh Hóa", members[^1]);
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent.StartsWith("Trung tâm, viện trực thuộc"));
        var (pageTwo, _, _) = await fixture.GetAsync(provider, "/hoi-thanh-vien?page=2");
        Assert.Equal(HttpStatusCode.NotFound, pageTwo);
    }

    /// <summary>The titles of the listed articles: h2, the level right under the page's h1 (no level skipped).</summary>
    private static List<string> Items(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=article-list] [data-testid=article-item] h2").Select(h => h.TextContent.Trim()).ToList();
}
