using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.VisitCounter.Infrastructure;

namespace Portal.Tests.VisitCounter.Middleware;

public sealed class VisitCountingMiddlewareTests
{
    private const string AboutPageId = "4gioithieu0000000000000000";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FreshSite_RecipeCarriesTheOldTotalOver_ApiShowsIt(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);

        var response = await site.Client.GetAsync("/api/visits");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["online", "today", "total", "pageViewsToday"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(58716, json.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(0, json.RootElement.GetProperty("today").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TenVisitorsThreePagesEach_AddExactlyTenVisitorsAndThirtyPageViews_WhileNothingElseCounts(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);
        var before = await site.ApiAsync();

        for (var visitor = 1; visitor <= 10; visitor++)
        {
            foreach (var path in new[] { "/", "/gioi-thieu", "/" })
            {
                var page = await site.VisitAsync(path, Browsers.ChromeWindows, $"203.0.113.{visitor}");
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            }
        }

        await SendWhatMustNotCountAsync(site);
        await site.FlushAsync();
        var after = await site.ApiAsync();

        Assert.Equal(before.Today + 10, after.Today);
        Assert.Equal(before.Total + 10, after.Total);
        Assert.Equal(before.PageViewsToday + 30, after.PageViewsToday);
        Assert.Equal(10, after.Online);
        await using var db = site.OpenVisitDb();
        Assert.Equal(10, (await db.ItemViews.SingleAsync(v => v.ContentItemId == AboutPageId)).Views);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task BotsAdminStaticFilesApiPrefetchAndErrors_AddNothing(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);
        var before = await site.FlushAsync();

        await SendWhatMustNotCountAsync(site);
        var after = await site.FlushAsync();

        Assert.Equal(before.Today, after.Today);
        Assert.Equal(before.PageViewsToday, after.PageViewsToday);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(0, after.Online);
        await using var db = site.OpenVisitDb();
        Assert.Equal(0, await db.DailyVisitors.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoThousandConcurrentPageViewsBy40Visitors_WhileFlushing_AddExactly40And2000(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);
        var before = await site.FlushAsync();
        using var stop = new CancellationTokenSource();
        var flusher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await site.FlushAsync();
            }
        });

        await Parallel.ForEachAsync(Enumerable.Range(0, 2000), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
        {
            var response = await site.VisitAsync(i % 3 == 0 ? "/gioi-thieu" : "/", Browsers.Visitor(i % 40), "198.51.100.7");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
        await stop.CancelAsync();
        await flusher;
        var after = await site.FlushAsync();

        Assert.Equal(before.Today + 40, after.Today);
        Assert.Equal(before.Total + 40, after.Total);
        Assert.Equal(before.PageViewsToday + 2000, after.PageViewsToday);
        await using var db = site.OpenVisitDb();
        Assert.Equal(667, (await db.ItemViews.SingleAsync(v => v.ContentItemId == AboutPageId)).Views);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TrustedProxy_ForwardedAddressIsTheVisitor_UntrustedProxyIsIgnored(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database, settings: new Dictionary<string, string?>
        {
            ["Portal:VisitCounter:TrustedProxies:0"] = "10.0.0.1",
            ["Portal:VisitCounter:TrustedProxies:1"] = "172.16.0.0/12",
        });
        var before = await site.FlushAsync();

        // Through trusted proxies: three readers behind them are three visitors.
        foreach (var (proxy, reader) in new[] { ("10.0.0.1", "203.0.113.10"), ("10.0.0.1", "203.0.113.11"), ("172.20.1.2", "203.0.113.12") })
        {
            await site.VisitAsync("/", Browsers.FirefoxLinux, proxy, r => r.Headers.Add("X-Forwarded-For", reader));
        }

        var trusted = await site.FlushAsync();

        // From an address that is not a trusted proxy, the header is a claim anyone can make: one visitor.
        foreach (var claimed in new[] { "203.0.113.20", "203.0.113.21", "203.0.113.22" })
        {
            await site.VisitAsync("/", Browsers.FirefoxLinux, "192.0.2.50", r => r.Headers.Add("X-Forwarded-For", claimed));
        }

        var untrusted = await site.FlushAsync();

        Assert.Equal(before.Today + 3, trusted.Today);
        Assert.Equal(trusted.Today + 1, untrusted.Today);
    }

    [Fact]
    public async Task NoTrustedProxies_ForwardedHeaderIsIgnored()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = VisitTestSite.Start(database);
        var before = await site.FlushAsync();

        foreach (var claimed in new[] { "203.0.113.30", "203.0.113.31", "203.0.113.32" })
        {
            await site.VisitAsync("/", Browsers.FirefoxLinux, "127.0.0.1", r => r.Headers.Add("X-Forwarded-For", claimed));
        }

        Assert.Equal(before.Today + 1, (await site.FlushAsync()).Today);
    }

    [Fact]
    public async Task FeatureDisabled_NothingCountedAndApiAnswers404()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = VisitTestSite.Start(database);
        await site.FlushAsync();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var recipe = Portal.Core.Recipes.RecipeReader.Read("""{"name": "off", "steps": [{"name": "feature", "disable": ["Portal.VisitCounter"]}]}""");
            var report = await scope.ServiceProvider.GetRequiredService<Portal.Core.Recipes.RecipeExecutor>().RunAsync(recipe, new Portal.Core.Recipes.RecipeRunOptions());
            Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        }

        await site.VisitAsync("/", Browsers.ChromeWindows, "203.0.113.40");
        var counts = await site.FlushAsync();

        Assert.Equal(0, counts.Today);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/api/visits")).StatusCode);
    }

    /// <summary>Requests that are not a person reading a page: each must leave every count as it was.</summary>
    private static async Task SendWhatMustNotCountAsync(VisitTestSite site)
    {
        foreach (var bot in new[]
        {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0", "python-requests/2.32.3",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36", "",
        })
        {
            Assert.Equal(HttpStatusCode.OK, (await site.VisitAsync("/", bot, "198.51.100.1")).StatusCode);
        }

        const string reader = "198.51.100.2";
        Assert.Equal(HttpStatusCode.OK, (await site.VisitAsync("/themes/LienHiepHoi/css/site.css", Browsers.SafariIphone, reader)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.VisitAsync("/api/visits", Browsers.SafariIphone, reader)).StatusCode);
        await site.VisitAsync("/admin", Browsers.SafariIphone, reader);
        await site.VisitAsync("/admin/login", Browsers.SafariIphone, reader);
        Assert.Equal(HttpStatusCode.NotFound, (await site.VisitAsync("/khong-co-trang-nay", Browsers.SafariIphone, reader)).StatusCode);
        var prefetch = await site.VisitAsync("/gioi-thieu", Browsers.SafariIphone, reader, r => r.Headers.Add("Sec-Purpose", "prefetch"));
        Assert.Equal(HttpStatusCode.OK, prefetch.StatusCode);
        var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/") { Headers = { { "User-Agent", Browsers.SafariIphone } } });
        Assert.NotEqual(HttpStatusCode.InternalServerError, head.StatusCode);
    }
}
