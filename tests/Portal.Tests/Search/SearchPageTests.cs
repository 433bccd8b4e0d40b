using System.Net;
using AngleSharp.Dom;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>The search page on the shared public site (site recipe and demo content), as a reader sees it.</summary>
public sealed class SearchPageTests(PublicSiteFixture fixture) : IClassFixture<PublicSiteFixture>
{
    public static TheoryData<string, string> SeedQueries()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "Sqlite", "Postgres" })
        {
            foreach (var query in new[] { "thach thanh", "THẠCH THÀNH", "doi ngu tri thuc", "Nghị quyết số 27-NQ/TW" })
            {
                data.Add(provider, query);
            }
        }

        return data;
    }

    /// <summary>What readers throw at a search box, and what the box must show back (as text, once decoded).</summary>
    public static TheoryData<string, string, string> HostileQueries()
    {
        // ASCII, so that even a real Kestrel (8 KB request line) takes the URL.
        var fiveThousand = string.Concat(Enumerable.Repeat("thach thanh ", 420))[..5000];
        var cases = new (string Input, string Shown)[]
        {
            ("\"", "\""), ("'", "'"), ("*", "*"), ("NEAR(", "NEAR("), ("a OR b", "a OR b"), ("-", "-"),
            ("'); DROP TABLE x; --", "'); DROP TABLE x; --"), ("<script>alert(1)</script>", "<script>alert(1)</script>"),
            ("\u0000", ""), ("a\u0000b", "a b"), ("😀 Thạch Thành", "😀 Thạch Thành"), ("title:x ^y {Title}:(z) a & b | !c <-> d:*", "title:x ^y {Title}:(z) a & b | !c <-> d:*"),
            (fiveThousand, fiveThousand[..200].TrimEnd()),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var provider in new[] { "Sqlite", "Postgres" })
        {
            foreach (var (input, shown) in cases)
            {
                data.Add(provider, input, shown);
            }
        }

        return data;
    }

    private Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Document, string Html)> SearchAsync(string provider, string query, string extra = "") =>
        fixture.GetAsync(provider, "/tim-kiem?q=" + Uri.EscapeDataString(query) + extra);

    private static List<IElement> Results(IDocument page) =>
        page.QuerySelector("[data-testid=search-results]")?.Children.ToList() ?? [];

    [Theory]
    [MemberData(nameof(SeedQueries))]
    public async Task Search_SeedArticleQueries_ListTheSeedArticle(string provider, string query)
    {
        var (status, page, _) = await SearchAsync(provider, query);

        Assert.Equal(HttpStatusCode.OK, status);
        var links = page.QuerySelectorAll("[data-testid=search-results] [data-testid=search-result-link]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(PublicSiteFixture.SeedArticlePath, links);
        var count = page.QuerySelector("[data-testid=search-count]")!.TextContent.Trim();
        Assert.Matches($"^Tìm thấy [0-9.]+ kết quả cho “{System.Text.RegularExpressions.Regex.Escape(query)}”$", count);
        Assert.True(int.Parse(count.Split(' ')[2].Replace(".", "")) >= links.Count, count);
        Assert.Equal(query, page.QuerySelector("[data-testid=search-page-input]")!.GetAttribute("value"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_Result_HasTitleLinkTypeLabelDateAndMarkedExcerpt(string provider)
    {
        var (_, page, _) = await SearchAsync(provider, "THẠCH THÀNH");

        var results = Results(page);
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("search-result", r.GetAttribute("data-testid")));
        var seed = results.Single(r => r.QuerySelector("a")!.GetAttribute("href") == PublicSiteFixture.SeedArticlePath);
        Assert.StartsWith("Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa làm việc với", seed.QuerySelector("[data-testid=search-result-link]")!.TextContent);
        Assert.Equal("Tin tức", seed.QuerySelector("[data-testid=search-result-type]")!.TextContent);
        Assert.Matches(@"^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d\d/\d\d/\d{4} \d\d:\d\d$", seed.QuerySelector("[data-testid=search-result-date]")!.TextContent);
        var excerpt = seed.QuerySelector("[data-testid=search-result-excerpt]")!;
        Assert.StartsWith("Vừa qua, tại UBND huyện Thạch Thành", excerpt.TextContent);
        Assert.True(excerpt.TextContent.Length < 300, excerpt.TextContent);
        // Marks ignore case and diacritics as the search does: "Thanh" (Hóa) is the word "thanh" too.
        var marked = excerpt.QuerySelectorAll("mark").Select(m => m.TextContent).Distinct().ToList();
        Assert.Equal(["Thạch", "Thành", "Thanh"], marked);
        Assert.Equal(["Thanh", "Thạch", "Thành"], seed.QuerySelectorAll("[data-testid=search-result-link] mark").Select(m => m.TextContent).Distinct());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_EventResult_ShowsWhenTheEventStartsNotWhenItWasPublished(string provider)
    {
        var (_, page, _) = await SearchAsync(provider, "nông nghiệp công nghệ cao");

        var result = Results(page).Single(r => r.QuerySelector("[data-testid=search-result-link]")!.TextContent == "[Sự kiện mẫu] Hội thảo khoa học về nông nghiệp công nghệ cao");
        Assert.Equal("Sự kiện", result.QuerySelector("[data-testid=search-result-type]")!.TextContent);
        var date = result.QuerySelector("[data-testid=search-result-date]")!;
        Assert.Equal("Thứ Hai, 15/03/2027 08:00", date.TextContent);
        Assert.Equal("2027-03-15T08:00:00+07:00", date.GetAttribute("datetime"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_OrganizationResult_LabelledByItsKindWithoutADate(string provider)
    {
        var (_, page, _) = await SearchAsync(provider, "Trung tâm Tư vấn Khoa học");

        var result = Results(page).Single(r => r.QuerySelector("[data-testid=search-result-link]")!.TextContent == "[Mẫu] Trung tâm Tư vấn Khoa học và Công nghệ");
        Assert.Equal("Trung tâm, viện trực thuộc", result.QuerySelector("[data-testid=search-result-type]")!.TextContent);
        Assert.Null(result.QuerySelector("[data-testid=search-result-date]"));
        Assert.Equal("Trung tâm, viện trực thuộc", result.QuerySelector(".search-result-meta")!.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_QuotedPhrase_MatchesOnlyTheWordsInThatOrder(string provider)
    {
        var (_, inOrder, _) = await SearchAsync(provider, "\"đội ngũ trí thức\"");
        var (_, reversed, _) = await SearchAsync(provider, "\"trí thức đội ngũ\"");

        var seed = Results(inOrder).Single(r => r.QuerySelector("a")!.GetAttribute("href") == PublicSiteFixture.SeedArticlePath);
        Assert.Contains("đội ngũ trí thức", seed.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Empty(Results(reversed));
        Assert.NotNull(reversed.QuerySelector("[data-testid=search-empty]"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_NoMatch_SaysSoWithSuggestions(string provider)
    {
        var (status, page, _) = await SearchAsync(provider, "khủng long bạo chúa");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(page.QuerySelector("[data-testid=search-results]"));
        Assert.Null(page.QuerySelector("[data-testid=search-count]"));
        var empty = page.QuerySelector("[data-testid=search-empty]")!;
        Assert.Contains("Không tìm thấy kết quả nào cho “khủng long bạo chúa”.", empty.TextContent);
        Assert.Contains("Gợi ý", empty.TextContent);
        Assert.Contains(empty.QuerySelectorAll("li"), li => li.TextContent.Contains("không dấu"));
        Assert.Equal(["/tin-tuc", "/su-kien", "/hoi-thanh-vien"], empty.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_EmptyQuery_ShowsTheBoxAndAHint(string provider)
    {
        foreach (var path in new[] { "/tim-kiem", "/tim-kiem?q=", "/tim-kiem?q=%20%20" })
        {
            var (status, page, _) = await fixture.GetAsync(provider, path);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.NotNull(page.QuerySelector("[data-testid=search-hint]"));
            Assert.Null(page.QuerySelector("[data-testid=search-results]"));
            Assert.Null(page.QuerySelector("[data-testid=search-empty]"));
            Assert.Equal("Tìm kiếm - Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa", page.Title);
        }
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_HostileInput_NeverFailsAndIsShownBackEncoded(string provider, string input, string shown)
    {
        var (status, page, html) = await SearchAsync(provider, input);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(shown, page.QuerySelector("[data-testid=search-page-input]")!.GetAttribute("value"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.Equal(-1, html.IndexOf('\0', StringComparison.Ordinal));
        // The only scripts are the theme's own files.
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        if (shown.Length > 0 && page.QuerySelector("[data-testid=search-empty]") is { } empty)
        {
            Assert.Contains($"“{shown}”", empty.TextContent);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_RandomMixesOfWordsAndOperators_AlwaysAnswer(string provider)
    {
        string[] pieces =
        [
            "thạch", "THÀNH", "đội", "ngu", "a", "27", "NQ", "NEAR", "AND", "OR", "NOT", "\"", "“", "”", "'", "*", "^", ":", "(", ")",
            "-", "+", "&", "|", "!", "<->", ":*", "{Title}", "[", "]", ";", "--", "\\", "/", "%", "_", "\u0000", "\t", "😀", "<b>", "&amp;", " ",
        ];
        var random = new Random(20261127);
        for (var i = 0; i < 150; i++)
        {
            var query = string.Concat(Enumerable.Range(0, random.Next(1, 25)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? " " : "")));
            var (status, page, _) = await SearchAsync(provider, query);

            Assert.True(status == HttpStatusCode.OK, $"{status} for [{query}]");
            Assert.NotNull(page.QuerySelector("[data-testid=search-page-input]"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_PageThatIsNoPage_IsTheNotFoundPage(string provider)
    {
        foreach (var extra in new[] { "&page=0", "&page=-1", "&page=abc", "&page=1&page=2", "&page=999", "&page=300000000", "&page=999999999" })
        {
            var (status, page, _) = await SearchAsync(provider, "thach thanh", extra);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.NotNull(page.QuerySelector("[data-testid=not-found-message]"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_Page_IsNotIndexedByEnginesAndKeepsTheSiteLayout(string provider)
    {
        var (_, page, _) = await SearchAsync(provider, "thach thanh");

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("Tìm kiếm: thach thanh - Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa", page.Title);
        Assert.NotNull(page.QuerySelector("aside"));
        Assert.NotNull(page.QuerySelector("[data-testid=footer]"));
        // The page's own box only: the sidebar's would stand right under it on a phone.
        Assert.Equal("search-page-input", page.QuerySelectorAll("form[action='/tim-kiem'] input[name=q]").Single().GetAttribute("data-testid"));
    }
}
