using System.Text.RegularExpressions;
using Portal.E2E.Infrastructure;

namespace Portal.E2E.Admin;

/// <summary>
/// The administrator imports <c>recipes/demo-content.recipe.json</c> through "Nhập recipe": picks it from the list, reads
/// the plan, confirms, reads the result; a reader in another browser then finds the demo items on the site. A site of
/// its own, set up by the site recipe alone, so the demo content is new to it.
/// </summary>
public sealed class RecipeImportTests(SetUpSite site) : BrowserTest(site), IClassFixture<SetUpSite>
{
    private const string DemoName = "Nội dung mẫu (để thử)";
    private const string DemoFile = "demo-content.recipe.json";
    private const string DemoArticle = "[Bài mẫu] Số 1: Tập huấn chuyển giao công nghệ tại huyện Hậu Lộc";
    private const string DemoArticlePath = "/tin-tuc/bai-mau-so-1";
    private const string DemoEvent = "[Sự kiện mẫu] Tập huấn phổ biến kiến thức y học cộng đồng";

    [Fact]
    public Task DemoContent_PickedFromTheListPlannedAndConfirmed_ItsArticlesAndEventsArePublic() => RunAsync(async journey =>
    {
        // A reader first: no demo article, no events (opened twice, so the list is now in the output cache).
        var reader = await journey.NewPageAsync();
        Assert.Equal(404, (await reader.GotoAsync(DemoArticlePath))!.Status);
        await reader.GotoAsync("/su-kien");
        await reader.GotoAsync("/su-kien");
        await Expect(reader.GetByTestId("list-title")).ToHaveTextAsync("Sự kiện");
        await Expect(reader.GetByTestId("empty-list")).ToHaveTextAsync("Chưa có sự kiện nào.");

        var admin = await journey.NewPageAsync();
        await AdminDashboard.SignInAsync(admin, AdminDashboard.AdminUserName, PortalServer.AdminPassword);
        var totalBefore = await RecipeDashboard.ContentTotalAsync(admin);

        // The list of shipped recipes: the demo recipe with its name and description; "Chạy thử" beside it.
        await RecipeDashboard.OpenImportAsync(admin);
        var demo = admin.GetByTestId("recipe-item").Filter(new() { HasText = DemoFile });
        await Expect(demo).ToHaveCountAsync(1);
        await Expect(demo).ToContainTextAsync(DemoName);
        await Expect(demo).ToContainTextAsync("Bài viết, sự kiện và tổ chức MẪU");
        var planned = await AdminDashboard.SubmitAsync(demo.GetByTestId("recipe-item-plan"));
        Assert.Equal(200, planned.Status);

        // The plan: one step that will apply, 44 items to create, nothing written yet.
        var plan = admin.GetByTestId("recipe-plan");
        await Expect(plan).ToHaveAttributeAsync("data-succeeded", "true");
        await Expect(plan.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync($"Kế hoạch nhập (chạy thử, chưa ghi gì): {DemoName}");
        await Expect(admin.GetByTestId("recipe-source")).ToHaveTextAsync($"Nguồn: recipes/{DemoFile}");
        await Expect(admin.GetByTestId("recipe-errors")).ToHaveCountAsync(0);
        await Expect(admin.GetByTestId("recipe-step")).ToHaveCountAsync(1);
        await Expect(RecipeDashboard.StepCells(admin, 1).Nth(1)).ToHaveTextAsync("content");
        await Expect(RecipeDashboard.StepCells(admin, 1).Nth(2)).ToHaveTextAsync("sẽ áp dụng");
        await AssertAllNewAsync(admin);
        Assert.Equal(404, (await reader.GotoAsync(DemoArticlePath))!.Status);

        // Confirmed: the result says so, step by step, with the same counts.
        var confirmed = await AdminDashboard.SubmitAsync(admin.GetByTestId("recipe-confirm"));
        Assert.Equal(200, confirmed.Status);
        await Expect(admin.GetByTestId("recipe-result")).ToHaveAttributeAsync("data-succeeded", "true");
        await Expect(admin.GetByTestId("recipe-result-message")).ToHaveTextAsync($"Đã nhập recipe “{DemoName}”.");
        await Expect(admin.GetByTestId("recipe-errors")).ToHaveCountAsync(0);
        await Expect(RecipeDashboard.StepCells(admin, 1).Nth(2)).ToHaveTextAsync("đã áp dụng");
        await AssertAllNewAsync(admin);
        await Expect(admin.GetByTestId("recipe-confirm")).ToHaveCountAsync(0);
        Assert.Equal(Total(totalBefore) + 44, Total(await RecipeDashboard.ContentTotalAsync(admin)));

        // The reader, in the other browser: the demo article, and the demo events on /su-kien through to one of them.
        Assert.Equal(200, (await reader.GotoAsync(DemoArticlePath))!.Status);
        await Expect(reader.GetByTestId("article-title")).ToHaveTextAsync(DemoArticle);
        await Expect(reader.GetByTestId("article").GetByTestId("category-link")).ToHaveTextAsync("Tin hoạt động của Liên hiệp hội");
        await reader.GotoAsync("/su-kien");
        var events = reader.GetByTestId("event-item");
        await Expect(events).ToHaveCountAsync(8);
        await Expect(reader.GetByTestId("empty-list")).ToHaveCountAsync(0);
        await events.GetByRole(AriaRole.Link, new() { Name = DemoEvent }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex(Regex.Escape(PublicPaths.DemoEvent) + "$"));
        await Expect(reader.GetByTestId("event-title")).ToHaveTextAsync(DemoEvent);

        // The home page lists them after the site's own newest article.
        await reader.GotoAsync("/");
        await Expect(reader.GetByTestId("featured-article").GetByRole(AriaRole.Heading)).ToHaveTextAsync(SeedPage.Instance.Title);
        await Expect(reader.GetByTestId("home-latest").GetByRole(AriaRole.Link, new() { Name = DemoArticle })).ToBeVisibleAsync();
    });

    /// <summary>The "Nội dung" table of the plan or result: 33 articles, 8 events, 3 organizations, all new.</summary>
    private static async Task AssertAllNewAsync(IPage admin)
    {
        await Expect(RecipeDashboard.ItemCells(admin, "Article")).ToHaveTextAsync(["Bài viết", "33", "0", "0"]);
        await Expect(RecipeDashboard.ItemCells(admin, "Event")).ToHaveTextAsync(["Sự kiện", "8", "0", "0"]);
        await Expect(RecipeDashboard.ItemCells(admin, "Organization")).ToHaveTextAsync(["Tổ chức", "3", "0", "0"]);
        await Expect(admin.GetByTestId("recipe-items-total").Locator("th")).ToHaveTextAsync(["Tổng", "44", "0", "0"]);
    }

    /// <summary>"1.234 nội dung" as a number.</summary>
    private static int Total(string text) => int.Parse(text.Split(' ')[0].Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
