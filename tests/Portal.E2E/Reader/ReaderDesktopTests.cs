using System.Globalization;
using System.Text.RegularExpressions;
using Portal.E2E.Infrastructure;

namespace Portal.E2E.Reader;

/// <summary>A reader on a desktop browser: the home page, the seed article, a category's pages, the 404 page.</summary>
public sealed partial class ReaderDesktopTests(DemoContentSite site) : BrowserTest(site), IClassFixture<DemoContentSite>
{
    private const string UnionName = "Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa";
    private const string SeedCategory = "Tin hoạt động của Liên hiệp hội";
    private const string SeedCategoryPath = "/tin-tuc/tin-hoat-dong-cua-lien-hiep-hoi";

    private static readonly string[] MainMenu = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Hội thành viên", "Liên hệ"];

    private static readonly string[] NewsSubmenu =
    [
        "Tin hoạt động của Liên hiệp hội", "Diễn đàn khoa học và công nghệ", "Tư vấn, phản biện và giám định xã hội",
        "Đối ngoại và hợp tác quốc tế", "Hội thành viên", "Sự kiện",
    ];

    private static readonly (string Text, string Url)[] WebsiteLinks =
    [
        ("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (VUSTA)", "https://vusta.vn"),
        ("Cổng thông tin điện tử tỉnh Thanh Hóa", "https://thanhhoa.gov.vn"),
        ("Báo Thanh Hóa", "https://baothanhhoa.vn"),
        ("Bộ Khoa học và Công nghệ", "https://most.gov.vn"),
        ("Sở Khoa học và Công nghệ Thanh Hóa", "https://sokhcn.thanhhoa.gov.vn"),
    ];

    [Fact]
    public Task Home_Desktop_ShowsNameMenuLatestArticlesLinksVisitStatsAndFooter() => RunAsync(Device.Desktop, async page =>
    {
        var response = await page.GotoAsync("/");
        Assert.Equal(200, response!.Status);
        await Expect(page).ToHaveTitleAsync(UnionName);
        await Expect(page.GetByTestId("site-name")).ToHaveTextAsync(UnionName);

        var menu = page.GetByTestId("main-menu");
        await Expect(menu.Locator(":scope > li > a")).ToHaveTextAsync(MainMenu);
        await Expect(menu.Locator(":scope > li > a").First).ToHaveAttributeAsync("aria-current", "page");
        await MenuLink(page, "Tin tức - Sự kiện").HoverAsync();
        await Expect(menu.Locator(".submenu a")).ToHaveTextAsync(NewsSubmenu);
        await Expect(menu.Locator(".submenu a").First).ToBeVisibleAsync();

        // The seed article is the newest (published when the site was set up); the demo articles follow, newest first.
        await Expect(page.GetByTestId("featured-article").GetByRole(AriaRole.Heading)).ToHaveTextAsync(SeedPage.Instance.Title);
        await Expect(page.GetByTestId("home-latest").Locator("li a")).ToHaveTextAsync(
        [
            "[Bài mẫu] Số 1: Tập huấn chuyển giao công nghệ tại huyện Hậu Lộc",
            "[Bài mẫu] Số 2: Tọa đàm trí thức trẻ tại huyện Như Thanh",
            "[Bài mẫu] Số 3: Khảo sát mô hình sản xuất tại thị xã Bỉm Sơn",
            "[Bài mẫu] Số 4: Hội nghị tổng kết tại huyện Quảng Xương",
        ]);
        await Expect(page.GetByTestId("latest-news").Locator("li a").First).ToHaveTextAsync(SeedPage.Instance.Title);

        var links = page.GetByTestId("website-links");
        await Expect(links.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Liên kết website");
        await Expect(links.Locator("li a")).ToHaveTextAsync(WebsiteLinks.Select(l => l.Text));
        for (var i = 0; i < WebsiteLinks.Length; i++)
        {
            await Expect(links.Locator("li a").Nth(i)).ToHaveAttributeAsync("href", WebsiteLinks[i].Url);
            await Expect(links.Locator("li a").Nth(i)).ToHaveAttributeAsync("target", "_blank");
        }

        var stats = page.GetByTestId("visit-stats");
        await Expect(stats.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Thống kê truy cập");
        await Expect(stats.Locator("dt")).ToHaveTextAsync(["Đang online:", "Hôm nay:", "Đã truy cập:"]);
        foreach (var value in new[] { "visits-online", "visits-today", "visits-total" })
        {
            // A number in Vietnamese format ("58.716") once the visit counter runs; a dash until it is installed.
            await Expect(stats.GetByTestId(value)).ToHaveTextAsync(VisitNumber());
        }

        await Expect(page.GetByTestId("footer").GetByTestId("footer-line")).ToHaveTextAsync(SeedPage.Instance.FooterLines);
        await Expect(page.GetByTestId("footer").GetByRole(AriaRole.Link, new() { Name = "khoahocthanhhoa@gmail.com" }))
            .ToHaveAttributeAsync("href", "mailto:khoahocthanhhoa@gmail.com");
    });

    [Fact]
    public Task SeedArticle_ClickedFromHome_ShowsTitleDateBylineAndBody() => RunAsync(Device.Desktop, async page =>
    {
        var seed = SeedPage.Instance;
        await page.GotoAsync("/");
        await page.GetByTestId("featured-article").GetByRole(AriaRole.Link, new() { Name = seed.Title }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/tin-tuc/lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-thanh-hoa-lam-viec-voi-tap-the-lanh-dao-huyen-thach-thanh-ve-noi-dung-phoi-hop$"));
        await Expect(page).ToHaveTitleAsync($"{seed.Title} - {UnionName}");
        await Expect(page.GetByTestId("article-title")).ToHaveTextAsync(seed.Title);
        await Expect(page.GetByTestId("breadcrumb").Locator("li")).ToHaveTextAsync(["Trang chủ", "Tin tức", SeedCategory, seed.Title]);

        // The date the reader sees is the publication instant of the <time> element, in Vietnamese time.
        var date = page.GetByTestId("article-date");
        await Expect(date).ToHaveTextAsync(VietnameseDateTime());
        var published = DateTimeOffset.Parse((await date.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture);
        Assert.Equal(ExpectedText.DateTime(published), await date.TextContentAsync());
        Assert.InRange(published, Site.SetUpStartedUtc.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));

        await Expect(page.GetByTestId("article-byline")).ToHaveTextAsync(seed.Byline);
        await Expect(page.GetByTestId("article-body").Locator("p")).ToHaveTextAsync(seed.Paragraphs);
        await Expect(page.GetByTestId("article").GetByTestId("category-link")).ToHaveTextAsync(SeedCategory);
    });

    [Fact]
    public Task Category_PagingToPageTwoAndBack_ShowsTheNextTenArticlesThenTheFirst() => RunAsync(Device.Desktop, async page =>
    {
        await page.GotoAsync(PublicPaths.SeedArticle);
        await page.GetByTestId("article").GetByTestId("category-link").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SeedCategoryPath) + "$"));
        await Expect(page.GetByTestId("list-title")).ToHaveTextAsync(SeedCategory);
        var items = page.GetByTestId("article-list").Locator(".summary-title a");
        await Expect(items).ToHaveCountAsync(10);
        await Expect(page.GetByTestId("pager-current")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("pager-previous")).ToHaveCountAsync(0);
        var firstPage = await items.AllTextContentsAsync();
        var firstDates = await ListDatesAsync(page);
        Assert.Equal(SeedPage.Instance.Title, firstPage[0]);

        await page.GetByTestId("pager-link").GetByText("2", new() { Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(SeedCategoryPath) + @"\?page=2$"));
        await Expect(page).ToHaveTitleAsync($"{SeedCategory} - Trang 2 - {UnionName}");
        await Expect(page.GetByTestId("list-title")).ToHaveTextAsync(SeedCategory);
        await Expect(page.GetByTestId("pager-current")).ToHaveTextAsync("2");
        await Expect(items).ToHaveCountAsync(10);
        var secondPage = await items.AllTextContentsAsync();
        Assert.Empty(firstPage.Intersect(secondPage));
        var dates = firstDates.Concat(await ListDatesAsync(page)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);

        await page.GetByTestId("pager-previous").ClickAsync();
        await Expect(page.GetByTestId("pager-current")).ToHaveTextAsync("1");
        await Expect(page).ToHaveTitleAsync($"{SeedCategory} - {UnionName}");
        Assert.Equal(firstPage, await items.AllTextContentsAsync());

        // The browser's Back button returns to page 2 as it was.
        await page.GoBackAsync();
        await Expect(page.GetByTestId("pager-current")).ToHaveTextAsync("2");
        Assert.Equal(secondPage, await items.AllTextContentsAsync());
    });

    [Fact]
    public Task UnknownUrl_Desktop_ShowsVietnameseNotFoundPageWithSearchBox() => RunAsync(Device.Desktop, async page =>
    {
        var response = await page.GotoAsync("/trang-nay-khong-co-that");

        Assert.Equal(404, response!.Status);
        await Expect(page).ToHaveTitleAsync($"Không tìm thấy trang - {UnionName}");
        await Expect(page.GetByTestId("not-found-message")).ToHaveTextAsync("Không tìm thấy trang");
        var search = page.GetByTestId("not-found").GetByTestId("search-box");
        await Expect(search).ToBeVisibleAsync();
        await search.GetByTestId("search-input").FillAsync("hội thảo khoa học");
        await Expect(search.GetByTestId("search-input")).ToHaveValueAsync("hội thảo khoa học");
        await Expect(search.GetByRole(AriaRole.Button, new() { Name = "Tìm" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("main-menu")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("footer").GetByTestId("footer-line")).ToHaveTextAsync(SeedPage.Instance.FooterLines);
    });

    [Fact]
    public Task Events_OpenAnEvent_ShowsItAndItsCalendarFileDownloads() => RunAsync(Device.Desktop, async page =>
    {
        const string title = "[Sự kiện mẫu] Tập huấn phổ biến kiến thức y học cộng đồng";
        var start = new DateTimeOffset(2030, 6, 18, 0, 30, 0, TimeSpan.Zero);
        await page.GotoAsync("/");
        await MenuLink(page, "Tin tức - Sự kiện").HoverAsync();
        await SubmenuLink(page, "Sự kiện").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/su-kien$"));
        await Expect(page.GetByTestId("list-title")).ToHaveTextAsync("Sự kiện");
        var events = page.GetByTestId("event-item");
        await Expect(events).ToHaveCountAsync(8);
        await AssertUpcomingSoonestFirstThenPastLatestFirstAsync(page);

        await events.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(PublicPaths.DemoEvent) + "$"));
        await Expect(page.GetByTestId("event-title")).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("event-start")).ToHaveTextAsync(ExpectedText.DateTime(start));
        await Expect(page.GetByTestId("event-end")).ToHaveTextAsync(ExpectedText.DateTime(start.AddHours(5)));
        await Expect(page.GetByTestId("event-location")).ToHaveTextAsync("Hội trường mẫu, Tp. Thanh Hóa");
        await Expect(page.GetByTestId("event-organizer")).ToHaveTextAsync("[Mẫu] Viện Nghiên cứu Ứng dụng");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("ics-link").ClickAsync());
        Assert.Equal("su-kien-mau-5.ics", download.SuggestedFilename);
        var calendar = CalendarFile.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", calendar.Raw, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", calendar.Raw, StringComparison.Ordinal);
        Assert.Equal("2.0", calendar.Property("VCALENDAR", "VERSION"));
        Assert.False(string.IsNullOrWhiteSpace(calendar.Property("VCALENDAR", "PRODID")));
        Assert.Equal(1, calendar.Count("BEGIN", "VEVENT"));
        Assert.Equal(1, calendar.Count("END", "VEVENT"));
        Assert.Equal(title, calendar.Property("VEVENT", "SUMMARY"));
        Assert.Equal("20300618T003000Z", calendar.Property("VEVENT", "DTSTART"));
        Assert.Equal("20300618T053000Z", calendar.Property("VEVENT", "DTEND"));
        Assert.Equal("Hội trường mẫu, Tp. Thanh Hóa", calendar.Property("VEVENT", "LOCATION"));
        Assert.False(string.IsNullOrWhiteSpace(calendar.Property("VEVENT", "UID")));
        Assert.False(string.IsNullOrWhiteSpace(calendar.Property("VEVENT", "DTSTAMP")));
        Assert.All(calendar.PhysicalLines, line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}"));
    });

    [Fact]
    public Task Members_OpenAProfile_ShowsTheOrganizationsFacts() => RunAsync(Device.Desktop, async page =>
    {
        const string name = "[Mẫu] Trung tâm Tư vấn Khoa học và Công nghệ";
        await page.GotoAsync("/");
        await MenuLink(page, "Hội thành viên").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/hoi-thanh-vien$"));
        await Expect(page.GetByTestId("list-title")).ToHaveTextAsync("Hội thành viên");
        await Expect(page.GetByTestId("organizations-page").Locator("h2")).ToHaveTextAsync(
            ["Hội thành viên (10)", "Trung tâm, viện trực thuộc (2)", "Đơn vị liên kết (1)"]);
        await Expect(page.GetByTestId("organization-list").First.GetByTestId("organization-item")).ToContainTextAsync(
            ["Hội Các ngành Sinh học – Hóa học", "Hội Châm cứu tỉnh Thanh Hóa"]);

        await page.GetByTestId("organization-item").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(PublicPaths.DemoOrganization) + "$"));
        await Expect(page.GetByTestId("organization-name")).ToHaveTextAsync(name);
        await Expect(page.GetByTestId("organization")).ToContainTextAsync("Sample Centre for Science and Technology Consulting");
        var facts = page.GetByTestId("organization-profile");
        await Expect(facts.Locator("dt")).ToHaveTextAsync(
            ["Tên viết tắt", "Loại hình", "Quyết định thành lập", "Địa chỉ", "Email", "Website", "Nhiệm kỳ", "Lãnh đạo"]);
        await Expect(facts.Locator("dd")).ToHaveTextAsync(
        [
            Exactly("TTTV (mẫu)"), Exactly("Trung tâm, viện trực thuộc"), Exactly("Quyết định mẫu số 00/QĐ-MẪU"),
            Exactly("Địa chỉ mẫu, Tp. Thanh Hóa"), Exactly("mau@example.com"), Exactly("example.com"), Exactly("Nhiệm kỳ mẫu 2025 - 2030"),
            new Regex(@"^Chủ tịch: Người đứng đầu mẫu\s*Phó Chủ tịch: Người phó mẫu\s*Tổng Thư ký: Thư ký mẫu$"),
        ]);
        await Expect(page.GetByText("Chức năng mẫu thứ nhất;")).ToBeVisibleAsync();
    });

    /// <summary>The instants of the list's <c>time</c> elements, in the order shown.</summary>
    private static async Task<List<DateTimeOffset>> ListDatesAsync(IPage page) =>
        (await page.GetByTestId("article-list").Locator(".summary-meta time").EvaluateAllAsync<string[]>("els => els.map(e => e.dateTime)"))
            .Select(value => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture)).ToList();

    /// <summary>Upcoming events first, soonest first; then past ones, latest first.</summary>
    private static async Task AssertUpcomingSoonestFirstThenPastLatestFirstAsync(IPage page)
    {
        var items = (await page.GetByTestId("event-item").EvaluateAllAsync<string[][]>(
            "els => els.map(e => [e.dataset.eventStatus, e.querySelector('time').dateTime])"))
            .Select(i => (Status: i[0], Start: DateTimeOffset.Parse(i[1], CultureInfo.InvariantCulture))).ToList();
        var upcoming = items.TakeWhile(i => i.Status == "upcoming").Select(i => i.Start).ToList();
        var past = items.Skip(upcoming.Count).ToList();
        Assert.All(past, p => Assert.Equal("past", p.Status));
        Assert.Equal(upcoming.Order(), upcoming);
        Assert.Equal(past.Select(p => p.Start).OrderDescending(), past.Select(p => p.Start));
        Assert.All(upcoming, start => Assert.True(start > DateTimeOffset.UtcNow.AddDays(-1), $"{start} is listed as upcoming"));
        Assert.All(past, p => Assert.True(p.Start < DateTimeOffset.UtcNow, $"{p.Start} is listed as past"));
    }

    /// <summary>
    /// A link of the main menu's bar by its text (not its accessible name: the bar shows it in capitals and adds a
    /// "▾" to items with a submenu, both by CSS).
    /// </summary>
    private static ILocator MenuLink(IPage page, string text) =>
        page.GetByTestId("main-menu").Locator(":scope > li > a", new() { HasTextRegex = Exactly(text) });

    private static ILocator SubmenuLink(IPage page, string text) =>
        page.GetByTestId("main-menu").Locator(".submenu a", new() { HasTextRegex = Exactly(text) });

    private static Regex Exactly(string text) => new("^" + Regex.Escape(text) + "$");

    [GeneratedRegex(@"^(—|\d{1,3}(\.\d{3})*)$")]
    private static partial Regex VisitNumber();

    [GeneratedRegex(@"^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}/\d{2}/\d{4} \d{2}:\d{2}$")]
    private static partial Regex VietnameseDateTime();
}
