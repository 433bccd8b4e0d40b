using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Services;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Contents;

public sealed class PublicPagesTests(PublicSiteFixture fixture) : IClassFixture<PublicSiteFixture>
{
    /// <summary>The seed page's article, paragraph by paragraph, word for word.</summary>
    public static readonly string[] SeedParagraphs =
    [
        "Vừa qua, tại UBND huyện Thạch Thành đoàn công tác của Liên hiệp các Hội khoa học và Kỹ thuật tỉnh Thanh Hóa (Liên hiệp hội) do đồng chí Nguyễn Văn Phát, Chủ tịch Liên hiệp hội Thanh Hóa làm trưởng đoàn đã có buổi làm việc với tập thể lãnh huyện Thạch Thành với nội dung phối hợp thực hiện Quyết định số 433-QĐ/TU ngày 04/4/2012 của Ban Thường vụ Tỉnh ủy về Quy chế phối hợp công tác giữa Đảng đoàn Liên hiệp hội với các huyện, thi, thành ủy, đảng ủy trực thuộc, các đảng đoàn các sở, ban ngành có liên quan, tham dự buổi làm việc còn có sự tham gia của đại diện Ban Tuyên giáo Tỉnh ủy.",
        "Về phía huyện Thạnh Thành tham gia tiếp đoàn có đồng chí Bùi Thị Mười, Tỉnh ủy viên, Bí thư Huyện ủy huyện Thạch Thành; đồng chí Phạm Đình Minh, Phó Bí thư huyện ủy, Chủ tịch UBND huyện Thạch Thành cùng lãnh đạo các Văn phòng huyện ủy, UBND huyện và ban, ngành, đoàn thể chính trị -xã hội của huyện.",
        "Tại hội nghị, đồng chí Lê Xuân Bình, Phó Bí thư Thường trực Huyện ủy huyện Thạch Thành đã trình bày Báo cáo tình hình hoạt động Khoa học và công nghệ (KH&CN) cấp huyện giai đoạn 2016-2020 và định hướng công tác trong thời gian tới của huyện Thạch Thành. Trong giai đoạn 2016-2020, hoạt động KH&CN trên địa bàn huyện có chuyển biến tích cực, ổn định tổ chức bộ máy từ các phòng ban, đơn vị cơ sở trên địa bàn đã nỗ lực thực hiện nhiệm vụ kế hoạch đề ra; chủ động tích cực, nắm bắt nhanh công việc và triển khai đúng hướng, một số mô hình trang trại cây ăn quả có múi đã mang lại hiệu quả bước đầu. UBND huyện đã triển khai, chỉ đạo, xây dựng và hình thành các vùng sản xuất chuyên canh môt số sản phẩm chủ lực, năng suất chất lượng cao; hình thành các khu công nghiệp tiềm năng;… Tuy nhiên, hoạt động KH&CN trên địa bàn huyện vẫn còn nhiều tồn tại hạn chế, các hoạt động KH&CN còn ít và quy mô nhỏ. Mặc dù là địa phương có đội ngũ trí thức KH&CN đông đảo nhưng đến nay vẫn chưa thành lập được Hội Khoa học và Kỹ thuật huyện.",
        "Sau phần Báo cáo tóm tắt kết quả hoạt động của Liêp hiệp hội và thảo luận về công tác phối hợp giữa Liên hiệp hội và huyện Thạch Thành theo Quyết định số 433-QĐ/TU ngày 04/4/2012 của Ban Thường vụ Tỉnh ủy, đồng chí Nguyễn Văn Phát, Chủ tịch Liên hiệp hội Thanh Hóa thống nhất với các báo cáo đã trình bày; đề nghị Huyện ủy, UBND huyện Thạch Thành cần quan tâm, phối hợp đẩy mạnh công tác tuyên truyền, quán triệt sâu rộng các quan điểm, mục tiêu, nhiệm vụ đã nêu trong Nghị quyết số 27-NQ/TW, Chương trình hành động số 54-CTr/TU về xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước. Liên hiệp hội sẽ phối hợp với Huyện ủy, UBND huyện Thạch Thành nhằm tập hợp, đoàn kết đội ngũ trí thức KH&CN trên địa bàn huyện; tổ chức hướng dẫn các bước chuẩn bị thành lập hội khoa học và kỹ thuật huyện, hướng dẫn nội dung và tổ chức hoạt động tập hợp trí thức của huyện; tổ chức vận động cán bộ, hội viên, đội ngũ trí thức trong huyện tham gia dưới mái nhà chung Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa./.",
    ];

    /// <summary>The seed page's footer, line by line, word for word.</summary>
    public static readonly string[] FooterLines =
    [
        "TRANG THÔNG TIN ĐIỆN TỬ LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT THANH HÓA",
        "Chịu trách nhiệm: Nguyễn Văn Phát - Chủ tịch Liên hiệp hội",
        "Địa chỉ: 17 Hạc Thành, P. Ba Đình, Tp. Thanh Hóa",
        "Số điện thoại: 02373.720.885; 02373853656 - Email: khoahocthanhhoa@gmail.com",
        "Website được thiết kế bởi Trung tâm Công nghệ thông tin và truyền thông Thanh Hóa",
    ];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SeedArticle_RendersTitleEveryParagraphBylineAndCategory(string provider)
    {
        var (status, page, html) = await fixture.GetAsync(provider, PublicSiteFixture.SeedArticlePath);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa làm việc với tập thể lãnh đạo huyện Thạch Thành về nội dung phối hợp hoạt động năm 2021",
            page.QuerySelector("[data-testid=article-title]")!.TextContent.Trim());
        var paragraphs = page.QuerySelectorAll("[data-testid=article-body] p").Select(p => p.TextContent).ToList();
        Assert.Equal(SeedParagraphs, paragraphs);
        Assert.Equal("Linh Mai", page.QuerySelector("[data-testid=article-byline]")!.TextContent.Trim());
        var category = page.QuerySelector("[data-testid=category-link]")!;
        Assert.Equal("Tin hoạt động của Liên hiệp hội", category.TextContent.Trim());
        Assert.Equal("/tin-tuc/tin-hoat-dong-cua-lien-hiep-hoi", category.GetAttribute("href"));
        Assert.Matches(@"^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d\d/\d\d/\d{4} \d\d:\d\d$", page.QuerySelector("[data-testid=article-date]")!.TextContent.Trim());
        Assert.DoesNotContain("&#x", html);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Article_Head_HasTitleDescriptionCanonicalOpenGraphAndFeed(string provider)
    {
        var (_, page, _) = await fixture.GetAsync(provider, PublicSiteFixture.SeedArticlePath);

        Assert.StartsWith("Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa làm việc với", page.Title);
        Assert.EndsWith(" - Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa", page.Title);
        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.StartsWith("Vừa qua, tại UBND huyện Thạch Thành", description);
        Assert.True(description.Length <= 161);
        Assert.Equal("http://localhost" + PublicSiteFixture.SeedArticlePath, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("http://localhost" + PublicSiteFixture.SeedArticlePath, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("meta[property='article:published_time']"));
        Assert.Equal("http://localhost/rss.xml", page.QuerySelector("link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href"));
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EveryPage_FooterCarriesTheOldSitesLinesExactly(string provider)
    {
        foreach (var path in new[] { "/", PublicSiteFixture.SeedArticlePath, "/khong-co-trang-nay" })
        {
            var (_, page, _) = await fixture.GetAsync(provider, path);
            var lines = page.QuerySelectorAll("[data-testid=footer] [data-testid=footer-line]").Select(p => p.TextContent.Trim()).ToList();
            Assert.Equal(FooterLines, lines);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Home_ShowsMenusBlocksFeaturedArticleEventsAndMembers(string provider)
    {
        var (status, page, _) = await fixture.GetAsync(provider, "/");

        Assert.Equal(HttpStatusCode.OK, status);
        var menu = page.QuerySelectorAll("[data-testid=main-menu] > li > a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Hội thành viên", "Liên hệ"], menu);
        Assert.NotNull(page.QuerySelector("[data-testid=menu-toggle][aria-controls=main-menu]"));
        var links = page.QuerySelectorAll("[data-testid=website-links] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://vusta.vn", "https://thanhhoa.gov.vn", "https://baothanhhoa.vn", "https://most.gov.vn", "https://sokhcn.thanhhoa.gov.vn"], links);
        Assert.Equal("Liên kết website", page.QuerySelector("[data-testid=website-links] h2")!.TextContent.Trim());
        // Links that open another site in a new tab say so to screen readers.
        var told = page.QuerySelectorAll("[data-testid=website-links] a").Select(a => page.GetElementById(a.GetAttribute("aria-describedby") ?? "")?.TextContent).Distinct().Single();
        Assert.Contains("trong thẻ mới", told);
        // The logo is the site name's picture: its name is said once, by the text beside it.
        Assert.Equal("", page.QuerySelector("[data-testid=site-name] img")!.GetAttribute("alt"));
        var stats = page.QuerySelector("[data-testid=visit-stats]")!;
        Assert.Contains("Thống kê truy cập", stats.TextContent);
        foreach (var (label, kind) in new[] { ("Đang online", "online"), ("Hôm nay", "today"), ("Đã truy cập", "total") })
        {
            Assert.Contains(label, stats.TextContent);
            Assert.NotNull(stats.QuerySelector($"span[data-testid=visits-{kind}][data-visits={kind}]"));
        }

        Assert.NotNull(page.QuerySelector("form[action='/tim-kiem'][method=get] input[name=q]"));
        Assert.NotNull(page.QuerySelector("[data-testid=featured-article] a"));
        // The featured article is not shown a second time in its category's section just below.
        var featured = page.QuerySelector("[data-testid=featured-article] h2")!.TextContent.Trim();
        var sectionTitles = page.QuerySelectorAll("[data-testid=home-category] .summary-title").Select(t => t.TextContent.Trim()).ToList();
        Assert.NotEmpty(sectionTitles);
        Assert.DoesNotContain(featured, sectionTitles);
        Assert.Equal(5, page.QuerySelectorAll("[data-testid=latest-news] li").Length);
        Assert.Contains(page.QuerySelectorAll("[data-testid=home-events] h3"), h => h.TextContent.Contains("[Sự kiện mẫu] Hội thảo khoa học về nông nghiệp công nghệ cao"));
        Assert.Contains(page.QuerySelectorAll("[data-testid=home-organizations] a"), a => a.TextContent == "Hội Tin học Thanh Hóa");
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/themes/LienHiepHoi/js/visits.js") && s.HasAttribute("defer"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MainMenu_MarksThePageAndTheSectionTheReaderIsIn(string provider)
    {
        static Dictionary<string, string> Current(AngleSharp.Html.Dom.IHtmlDocument page) => page
            .QuerySelectorAll("[data-testid=main-menu] a[aria-current]").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("aria-current")!);

        var (_, article, _) = await fixture.GetAsync(provider, PublicSiteFixture.SeedArticlePath);
        var (_, category, _) = await fixture.GetAsync(provider, "/tin-tuc/tin-hoat-dong-cua-lien-hiep-hoi/");
        var (_, home, _) = await fixture.GetAsync(provider, "/");

        // An article sits under "Tin tức - Sự kiện" (its path starts with /tin-tuc/) but is none of the menu's pages.
        Assert.Equal(new Dictionary<string, string> { ["Tin tức - Sự kiện"] = "true" }, Current(article));
        Assert.Equal(new Dictionary<string, string> { ["Tin tức - Sự kiện"] = "true", ["Tin hoạt động của Liên hiệp hội"] = "page" }, Current(category));
        Assert.Equal(new Dictionary<string, string> { ["Trang chủ"] = "page" }, Current(home));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SeedArticle_IsReachableFromHomeAndNewsList(string provider)
    {
        var (_, home, _) = await fixture.GetAsync(provider, "/");
        var (_, news, _) = await fixture.GetAsync(provider, "/tin-tuc/tin-hoat-dong-cua-lien-hiep-hoi");

        Assert.Contains(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == PublicSiteFixture.SeedArticlePath);
        Assert.Contains(news.QuerySelectorAll("[data-testid=article-list] a"), a => a.GetAttribute("href") == PublicSiteFixture.SeedArticlePath);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pages_GioiThieuAndLienHe_AreServed(string provider)
    {
        var (status, about, _) = await fixture.GetAsync(provider, "/gioi-thieu");
        var (contactStatus, contact, _) = await fixture.GetAsync(provider, "/lien-he");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Giới thiệu", about.QuerySelector("[data-testid=page-title]")!.TextContent);
        Assert.Contains("Nguyễn Văn Phát", about.QuerySelector("[data-testid=page-body]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, contactStatus);
        Assert.Contains("17 Hạc Thành, P. Ba Đình, Tp. Thanh Hóa", contact.QuerySelector("[data-testid=page-body]")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Event_ShowsLocalTimesLocationOrganizerAndCalendarLink(string provider)
    {
        var (status, page, _) = await fixture.GetAsync(provider, "/su-kien/su-kien-mau-1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Thứ Hai, 15/03/2027 08:00", page.QuerySelector("[data-testid=event-start]")!.TextContent);
        Assert.Equal("Thứ Hai, 15/03/2027 12:00", page.QuerySelector("[data-testid=event-end]")!.TextContent);
        Assert.Equal("Hội trường mẫu, Tp. Thanh Hóa", page.QuerySelector("[data-testid=event-location]")!.TextContent);
        Assert.Equal("/hoi-thanh-vien/to-chuc-mau-1", page.QuerySelector("[data-testid=event-organizer]")!.GetAttribute("href"));
        Assert.Equal("/su-kien/su-kien-mau-1.ics", page.QuerySelector("[data-testid=ics-link]")!.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Organization_ShowsOnlyTheProfileFieldsItHas(string provider)
    {
        var (_, sample, _) = await fixture.GetAsync(provider, "/hoi-thanh-vien/to-chuc-mau-1");
        var (status, real, _) = await fixture.GetAsync(provider, "/hoi-thanh-vien/hoi-tin-hoc-thanh-hoa");

        var labels = sample.QuerySelectorAll("[data-testid=organization-profile] dt").Select(d => d.TextContent).ToList();
        Assert.Equal(["Tên viết tắt", "Loại hình", "Quyết định thành lập", "Địa chỉ", "Email", "Website", "Nhiệm kỳ", "Lãnh đạo"], labels);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Hội Tin học Thanh Hóa", real.QuerySelector("[data-testid=organization-name]")!.TextContent);
        // Nothing is known beyond the name and kind: no address, phone or people are shown for a real association.
        Assert.Equal(["Loại hình"], real.QuerySelectorAll("[data-testid=organization-profile] dt").Select(d => d.TextContent).ToList());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task NotFound_UnknownPathsAndDrafts_AreVietnamese404WithSearchBox(string provider)
    {
        foreach (var path in new[] { "/khong-co-trang-nay", "/" + PublicSiteFixture.DraftPath, "/tin-tuc/khong-co/bai-nao", "/su-kien/khong-co.ics", PublicSiteFixture.SeedArticlePath + ".ics" })
        {
            var (status, page, _) = await fixture.GetAsync(provider, path);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal("Không tìm thấy trang", page.QuerySelector("[data-testid=not-found-message]")!.TextContent);
            Assert.NotNull(page.QuerySelector("[data-testid=not-found] form[action='/tim-kiem'] input[name=q]"));
            Assert.Single(page.QuerySelectorAll("form[action='/tim-kiem']"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Taxonomy_Page_ListsTheCategories(string provider)
    {
        var (status, page, _) = await fixture.GetAsync(provider, "/chuyen-muc");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Chuyên mục", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(5, page.QuerySelectorAll("[data-testid=category-links] a[href^='/tin-tuc/']").Length);
    }

    [Fact]
    public async Task Error_UnhandledException_Is500PageWithoutStackTrace()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        await using var failing = site.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddScoped<HomePage>(_ => throw new InvalidOperationException("chi-tiet-bi-mat-cua-loi"))));

        var response = await failing.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Đã có lỗi xảy ra", html);
        Assert.DoesNotContain("chi-tiet-bi-mat-cua-loi", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain(" at Portal.", html);
    }
}
