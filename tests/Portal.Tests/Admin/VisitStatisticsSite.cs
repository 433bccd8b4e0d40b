using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Infrastructure;
using Portal.Tests.VisitCounter.Infrastructure;
using Portal.VisitCounter.Counting;
using Portal.VisitCounter.Services;

namespace Portal.Tests.Admin;

/// <summary>
/// The admin test site on a fake clock (Thứ Sáu 27/11/2026, 10:00 in Thanh Hóa) with two published articles and
/// visits seeded through the counter itself: past days through its aggregator, today through real page requests,
/// then one flush, as the timer would do.
/// </summary>
public sealed class VisitStatisticsSite : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 27);
    public static readonly DateOnly TenDaysAgo = Today.AddDays(-10);
    public static readonly DateOnly HundredDaysAgo = Today.AddDays(-100);

    private readonly PortalSite baseSite;

    private VisitStatisticsSite(PortalSite baseSite, FakeTimeProvider clock)
    {
        this.baseSite = baseSite;
        Clock = clock;
        Site = baseSite.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
    }

    public FakeTimeProvider Clock { get; }

    public WebApplicationFactory<Program> Site { get; }

    public string RecentArticleId { get; private set; } = "";

    public string OldArticleId { get; private set; } = "";

    /// <summary>The admin test site, or the site of <paramref name="recipe"/> when given.</summary>
    public static VisitStatisticsSite Start(TestDatabase database, string? recipe = null)
    {
        // The timer must not flush on its own: the test flushes once, after seeding.
        var settings = new Dictionary<string, string?> { ["Portal:VisitCounter:FlushSeconds"] = "3600" };
        var baseSite = recipe is null ? AdminSite.Create(database, settings) : new PortalSite(database, recipe, settings);
        return new VisitStatisticsSite(baseSite, new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>A signed-in session of the user (the administrator when not given).</summary>
    public async Task<AdminSession> SignInAsync(string userName = "admin", string password = PortalSite.AdminPassword)
    {
        var session = Anonymous();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await session.SignInAttemptAsync(userName, password)).StatusCode);
        return session;
    }

    public AdminSession Anonymous() =>
        new(Site.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false }));

    /// <summary>
    /// 10 days ago: 7 visitors, 20 page views, 15 of them of the recent article. 100 days ago: 50 visitors, 1,300 page
    /// views, 1,234 of them of the old article. Today: 3 visitors reading 4 pages, 3 of them the recent article.
    /// </summary>
    public async Task SeedVisitsAsync(AdminSession admin)
    {
        RecentArticleId = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Hội thảo khoa học năm 2026"), "publish"));
        OldArticleId = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Đại hội Liên hiệp hội nhiệm kỳ mới"), "publish"));

        var aggregator = Site.Services.GetRequiredService<VisitAggregator>();
        Record(aggregator, TenDaysAgo, visitors: 7, pageViews: 20, RecentArticleId, itemViews: 15);
        Record(aggregator, HundredDaysAgo, visitors: 50, pageViews: 1300, OldArticleId, itemViews: 1234);

        var reader = Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await ReadAsync(reader, "/", 0);
        for (var visitor = 0; visitor < 3; visitor++)
        {
            await ReadAsync(reader, "/tin-tuc/hoi-thao-khoa-hoc-nam-2026", visitor);
        }

        await Site.Services.GetRequiredService<VisitFlushService>().FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        await baseSite.DisposeAsync();
    }

    /// <summary>Hits of a past day, as the middleware would have recorded them then (noon of that day).</summary>
    private static void Record(VisitAggregator aggregator, DateOnly day, int visitors, int pageViews, string itemId, int itemViews)
    {
        var noon = new DateTimeOffset(day.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero).ToUnixTimeSeconds();
        for (var hit = 0; hit < pageViews; hit++)
        {
            var visitor = (UInt128)(uint)((day.DayNumber * 1000) + (hit % visitors));
            aggregator.Record(new VisitHit(day, visitor, noon, hit < itemViews ? itemId : null));
        }
    }

    private static async Task ReadAsync(HttpClient reader, string path, int visitor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", Browsers.Visitor(visitor));
        request.Headers.Accept.ParseAdd("text/html");
        var response = await reader.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
