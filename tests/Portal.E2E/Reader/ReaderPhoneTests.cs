using System.Text.RegularExpressions;
using Portal.E2E.Infrastructure;

namespace Portal.E2E.Reader;

/// <summary>A reader on a 375×812 phone: the menu, pages that never scroll sideways, an article that reads well.</summary>
public sealed class ReaderPhoneTests(DemoContentSite site) : BrowserTest(site), IClassFixture<DemoContentSite>
{
    /// <summary>Home, list and item pages of every kind, and the 404 page.</summary>
    private static readonly string[] Pages =
    [
        "/", "/tin-tuc", PublicPaths.SeedCategory + "?page=2", PublicPaths.SeedArticle, "/tin-tuc/bai-mau-so-1",
        "/su-kien", PublicPaths.DemoEvent, "/hoi-thanh-vien", PublicPaths.DemoOrganization, "/gioi-thieu", "/trang-khong-co-that",
    ];

    [Fact]
    public Task Menu_Phone_OpensAndClosesAndLeadsToAPage() => RunAsync(Device.Phone, async page =>
    {
        await page.GotoAsync("/");
        var toggle = page.GetByTestId("menu-toggle");
        var menu = page.GetByTestId("main-menu");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(menu).ToBeHiddenAsync();

        await toggle.TapAsync();
        await Expect(menu).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        var about = menu.GetByRole(AriaRole.Link, new() { Name = "Giới thiệu" });
        await Expect(about).ToBeVisibleAsync();
        await AssertFitsTheScreenAsync(page, "/ with the menu open");

        await toggle.TapAsync();
        await Expect(menu).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");

        await toggle.TapAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(menu).ToBeHiddenAsync();

        await toggle.TapAsync();
        await about.TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/gioi-thieu$"));
        await Expect(page.GetByTestId("main-menu")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Giới thiệu");
    });

    [Fact]
    public Task Pages_Phone_NeverScrollSideways() => RunAsync(Device.Phone, async page =>
    {
        var problems = new List<string>();
        foreach (var path in Pages)
        {
            await page.GotoAsync(path);
            problems.AddRange(await ProblemsAsync(page, path));
        }

        Assert.True(problems.Count == 0, "On a 375 px phone:\n" + string.Join("\n", problems));
    });

    [Fact]
    public Task SeedArticle_Phone_ReadsWell() => RunAsync(Device.Phone, async page =>
    {
        await page.GotoAsync(PublicPaths.SeedArticle);
        await Expect(page.Locator("meta[name=viewport]")).ToHaveAttributeAsync("content", new Regex("width=device-width"));
        await Expect(page.GetByTestId("article-title")).ToHaveTextAsync(SeedPage.Instance.Title);

        var paragraphs = page.GetByTestId("article-body").Locator("p");
        await Expect(paragraphs).ToHaveCountAsync(SeedPage.Instance.Paragraphs.Count);
        for (var i = 0; i < SeedPage.Instance.Paragraphs.Count; i++)
        {
            var fontSize = await PageLayout.PixelsAsync(paragraphs.Nth(i), "font-size");
            var lineHeight = await PageLayout.PixelsAsync(paragraphs.Nth(i), "line-height");
            Assert.True(fontSize >= 16, $"paragraph {i + 1}: font size {fontSize}px, below 16px");
            Assert.True(lineHeight >= 1.4 * fontSize, $"paragraph {i + 1}: line height {lineHeight}px for {fontSize}px text");
        }

        await AssertFitsTheScreenAsync(page, PublicPaths.SeedArticle);

        // The sidebar comes after the article, not beside it.
        var body = await page.GetByTestId("article-body").BoundingBoxAsync();
        var stats = await page.GetByTestId("visit-stats").BoundingBoxAsync();
        Assert.True(stats!.Y >= body!.Y + body.Height, $"the visit statistics (top {stats.Y}) sit beside the article (bottom {body.Y + body.Height})");
        Assert.True(body.Width >= 300, $"the article text is only {body.Width}px wide");
    });

    private static async Task AssertFitsTheScreenAsync(IPage page, string what)
    {
        var problems = await ProblemsAsync(page, what);
        Assert.True(problems.Count == 0, "On a 375 px phone:\n" + string.Join("\n", problems));
    }

    private static async Task<List<string>> ProblemsAsync(IPage page, string what)
    {
        var problems = new List<string>();
        var (scrollWidth, innerWidth, viewportWidth) = await PageLayout.WidthsAsync(page);
        if (scrollWidth > innerWidth || scrollWidth > viewportWidth || innerWidth > viewportWidth)
        {
            problems.Add($"{what}: the page is {scrollWidth}px wide (innerWidth {innerWidth}px) on a {viewportWidth}px screen");
        }

        problems.AddRange((await PageLayout.ElementsWiderThanViewportAsync(page)).Select(element => $"{what}: {element} goes past the right edge"));
        return problems;
    }
}
