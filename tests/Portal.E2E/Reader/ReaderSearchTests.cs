using System.Text.RegularExpressions;
using Portal.E2E.Infrastructure;

namespace Portal.E2E.Reader;

/// <summary>A reader searches: from the sidebar on a desktop, from the 404 page on a phone, with and without diacritics.</summary>
public sealed class ReaderSearchTests(DemoContentSite site) : BrowserTest(site), IClassFixture<DemoContentSite>
{
    [Fact]
    public Task Search_Desktop_FromTheSidebarToTheSeedArticle() => RunAsync(Device.Desktop, async page =>
    {
        await page.GotoAsync("/");
        var box = page.Locator("aside").GetByTestId("search-input");
        await box.FillAsync("thach thanh");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/tim-kiem\?q=thach\+thanh$"));
        await Expect(page.GetByTestId("search-page-input")).ToHaveValueAsync("thach thanh");
        await Expect(page.GetByTestId("search-count")).ToHaveTextAsync(new Regex("^Tìm thấy [0-9.]+ kết quả cho “thach thanh”$"));
        var seed = page.GetByTestId("search-result").Filter(new() { Has = page.Locator($"a[href='{PublicPaths.SeedArticle}']") });
        await Expect(seed).ToHaveCountAsync(1);
        await Expect(seed.GetByTestId("search-result-type")).ToHaveTextAsync("Tin tức");
        await Expect(seed.GetByTestId("search-result-excerpt").Locator("mark").First).ToHaveTextAsync("Thạch");

        await seed.GetByTestId("search-result-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(PublicPaths.SeedArticle) + "$"));
        await Expect(page.GetByTestId("article-title")).ToHaveTextAsync(SeedPage.Instance.Title);
    });

    [Fact]
    public Task Search_Phone_FromTheNotFoundPageNoMatchThenAMatch() => RunAsync(Device.Phone, async page =>
    {
        await page.GotoAsync("/trang-khong-co-that");
        var box = page.GetByTestId("not-found").GetByTestId("search-input");
        await box.FillAsync("<b>khủng long</b>");
        await box.PressAsync("Enter");

        await Expect(page.GetByTestId("search-empty")).ToContainTextAsync("Không tìm thấy kết quả nào cho “<b>khủng long</b>”.");
        await Expect(page.GetByTestId("search-results")).ToHaveCountAsync(0);

        var own = page.GetByTestId("search-page-input");
        await own.FillAsync("NGHỊ QUYẾT SỐ 27-NQ/TW");
        await own.PressAsync("Enter");
        await Expect(page.Locator($"[data-testid=search-results] a[href='{PublicPaths.SeedArticle}']")).ToHaveCountAsync(1);
        var (scrollWidth, _, viewportWidth) = await PageLayout.WidthsAsync(page);
        Assert.True(scrollWidth <= viewportWidth, $"the search page is {scrollWidth}px wide on a {viewportWidth}px phone");
        Assert.Empty(await PageLayout.ElementsWiderThanViewportAsync(page));
    });
}
