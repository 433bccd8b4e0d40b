using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Who may see the visit statistics, and what the dashboard shows with the visit counter on and off.</summary>
public sealed class VisitStatisticsAccessTests
{
    private static readonly string[] StatisticsUrls =
        ["/admin/statistics", "/admin/statistics?days=365", "/admin/statistics?handler=Csv&days=30", "/admin/statistics?handler=MostReadCsv&all=true"];

    [Fact]
    public async Task Statistics_Author_Is403AndSeesNoLink()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = VisitStatisticsSite.Start(database);
        await AdminSession.CreateUserAsync(site.Site, "tacgia", "Author");
        var author = await site.SignInAsync("tacgia", AdminSession.Password);

        foreach (var url in StatisticsUrls)
        {
            var response = await author.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Khách truy cập", await response.Content.ReadAsStringAsync());
        }

        var home = await author.GetPageAsync("/admin");
        Assert.Null(home.QuerySelector("[data-testid=nav-statistics]"));
        Assert.Null(home.QuerySelector("[data-testid=dashboard-statistics-link]"));
        Assert.NotNull(home.QuerySelector("[data-testid=dashboard-visits]"));
    }

    [Fact]
    public async Task Statistics_Anonymous_IsSentToSignIn()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = VisitStatisticsSite.Start(database);
        var anonymous = site.Anonymous();

        foreach (var url in StatisticsUrls)
        {
            var response = await anonymous.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/signin", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task Statistics_EditorAndAdministrator_SeeThePageFromTheNavigation()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = VisitStatisticsSite.Start(database);
        await AdminSession.CreateUserAsync(site.Site, "bientap", "Editor");

        foreach (var session in new[] { await site.SignInAsync("bientap", AdminSession.Password), await site.SignInAsync() })
        {
            var home = await session.GetPageAsync("/admin");
            var link = home.QuerySelector("a[data-testid=nav-statistics]");
            Assert.Equal("/admin/statistics", link?.GetAttribute("href"));
            var page = await session.GetPageAsync(link!.GetAttribute("href")!);
            Assert.Equal("Thống kê truy cập", page.QuerySelector("h1")!.TextContent);
            Assert.Equal("page", page.QuerySelector("[data-testid=nav-statistics]")!.GetAttribute("aria-current"));
            Assert.Equal(30, page.QuerySelectorAll("[data-testid=visit-row]").Length);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DashboardHome_CounterEnabled_ShowsTodaysVisits(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitStatisticsSite.Start(database);
        var admin = await site.SignInAsync();
        await site.SeedVisitsAsync(admin);

        var home = await admin.GetPageAsync("/admin");

        Assert.Equal("3", AdminSite.Text(home, "visits-today"));
        Assert.Equal(("3", "4", "60"), (AdminSite.Text(home, "visits-online"), AdminSite.Text(home, "visits-pageviews"), AdminSite.Text(home, "visits-total")));
        Assert.Equal("/admin/statistics", home.QuerySelector("[data-testid=dashboard-statistics-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task CounterDisabledByRecipe_DashboardLeavesVisitsOutAndNothingBreaks()
    {
        using var database = TestDatabase.Create("Sqlite");
        var json = AdminTestRecipe.Json.Replace(
            "\"steps\": [", "\"steps\": [\n        { \"name\": \"feature\", \"disable\": [ \"Portal.VisitCounter\" ] },", StringComparison.Ordinal);
        var recipe = TestPaths.WriteRecipe(Path.Combine(database.AppDataPath, "recipe"), json, "admin-test-no-counter.recipe.json");
        await using var site = VisitStatisticsSite.Start(database, recipe);
        var admin = await site.SignInAsync();
        await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bài khi tắt bộ đếm"), "publish");

        var home = await admin.GetPageAsync("/admin");
        Assert.Null(home.QuerySelector("[data-testid=dashboard-visits]"));
        Assert.Null(home.QuerySelector("[data-testid=nav-statistics]"));
        Assert.NotNull(home.QuerySelector("[data-testid=published-item]"));
        var page = await admin.GetPageAsync("/admin/statistics");
        Assert.NotNull(page.QuerySelector("[data-testid=statistics-disabled]"));
        Assert.Null(page.QuerySelector("[data-testid=visit-chart]"));
        Assert.Empty(page.QuerySelectorAll("script[src*=chartjs]"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/admin/statistics?handler=Csv&days=30")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/admin/statistics?handler=MostReadCsv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Site.CreateClient().GetAsync("/tin-tuc/bai-khi-tat-bo-dem")).StatusCode);
    }
}
