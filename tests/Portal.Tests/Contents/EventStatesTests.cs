using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Contents;

/// <summary>
/// An event's state on /su-kien and on the home page, on a site whose clock says Saturday 28/11/2026 13:00 in Hà Nội
/// (06:00 UTC): under way from its start to its end (or to the end of its start day when it has no end), to come
/// before its start, over after its end.
/// </summary>
public sealed class EventStatesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EventsPage_FixedClock_OngoingFirstThenUpcomingThenPastWithTheirLabels(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var baseSite = new PortalSite(database);
        await using var site = await StartAsync(baseSite);

        var page = await GetAsync(site, "/su-kien");

        var items = page.QuerySelectorAll("[data-testid=event-list] [data-testid=event-item]");
        Assert.Equal(
            [
                ("ongoing", "Hội nghị bốn ngày", "Đang diễn ra"),
                ("ongoing", "Tập huấn sáng nay không ghi giờ kết thúc", "Đang diễn ra"),
                ("upcoming", "Tọa đàm chiều nay", "Sắp diễn ra"),
                ("upcoming", "Hội thảo ngày mai", "Sắp diễn ra"),
                ("past", "Gặp mặt sáng nay đã xong", "Đã diễn ra"),
                ("past", "Hội thảo hôm qua không ghi giờ kết thúc", "Đã diễn ra"),
                ("past", "Tổng kết năm 2025", "Đã diễn ra"),
            ],
            items.Select(i => (i.GetAttribute("data-event-status"), i.QuerySelector("h2")!.TextContent.Trim(), i.QuerySelector(".status")!.TextContent)).ToList());

        // Each event's own page says the same, and one that is over no longer offers its calendar file.
        foreach (var item in items)
        {
            var own = await GetAsync(site, item.QuerySelector("h2 a")!.GetAttribute("href")!);
            var state = item.GetAttribute("data-event-status");
            Assert.Equal((state, item.QuerySelector(".status")!.TextContent), (own.QuerySelector("[data-testid=event-state]")!.GetAttribute("data-event-status"),
                own.QuerySelector("[data-testid=event-state]")!.TextContent));
            Assert.Equal(state != "past", own.QuerySelector("[data-testid=ics-link]") is not null);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EventsPage_EventWithoutEnd_IsOngoingAfterItsStartUntilTheEndOfItsDayInVietnam(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var baseSite = new PortalSite(database);
        var clock = new FakeTimeProvider(Now.AddHours(-6)); // 07:00 in Hà Nội: the 08:00 session has not started.
        await using var site = await StartAsync(baseSite, clock);

        Assert.Equal("upcoming", StatusOf(await GetAsync(site, "/su-kien?page=1"), "Tập huấn sáng nay không ghi giờ kết thúc"));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 16, 59, 0, TimeSpan.Zero)); // 23:59 the same day
        Assert.Equal("ongoing", StatusOf(await GetAsync(site, "/su-kien?page=1&a=1"), "Tập huấn sáng nay không ghi giờ kết thúc"));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 17, 0, 0, TimeSpan.Zero)); // 00:00 the next day
        Assert.Equal("past", StatusOf(await GetAsync(site, "/su-kien?page=1&a=2"), "Tập huấn sáng nay không ghi giờ kết thúc"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task HomePage_FixedClock_ShowsOngoingThenUpcomingEventsNeverPastOnes(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var baseSite = new PortalSite(database);
        await using var site = await StartAsync(baseSite);

        var page = await GetAsync(site, "/");

        var events = page.QuerySelectorAll("[data-testid=home-events] [data-testid=home-event]");
        Assert.Equal(
            [
                ("ongoing", "Hội nghị bốn ngày"),
                ("ongoing", "Tập huấn sáng nay không ghi giờ kết thúc"),
                ("upcoming", "Tọa đàm chiều nay"),
                ("upcoming", "Hội thảo ngày mai"),
            ],
            events.Select(e => (e.GetAttribute("data-event-status"), e.QuerySelector("h3")!.TextContent.Trim())).ToList());
        Assert.Equal(["Đang diễn ra", "Đang diễn ra"], page.QuerySelectorAll("[data-testid=home-events] .ongoing .status").Select(s => s.TextContent));
    }

    private static async Task<WebApplicationFactory<Program>> StartAsync(PortalSite baseSite, FakeTimeProvider? clock = null)
    {
        var site = baseSite.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock ?? new FakeTimeProvider(Now))));
        site.CreateClient();
        await using var scope = site.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        // Times in UTC; Hà Nội is seven hours ahead.
        await PublishAsync(manager, "Tổng kết năm 2025", "2025-12-10T01:00:00Z", "2025-12-10T05:00:00Z");
        await PublishAsync(manager, "Hội nghị bốn ngày", "2026-11-27T01:00:00Z", "2026-11-30T10:00:00Z");
        await PublishAsync(manager, "Hội thảo hôm qua không ghi giờ kết thúc", "2026-11-27T02:00:00Z", null);
        await PublishAsync(manager, "Tập huấn sáng nay không ghi giờ kết thúc", "2026-11-28T01:00:00Z", null);
        await PublishAsync(manager, "Gặp mặt sáng nay đã xong", "2026-11-28T01:00:00Z", "2026-11-28T04:00:00Z");
        await PublishAsync(manager, "Tọa đàm chiều nay", "2026-11-28T08:00:00Z", null);
        await PublishAsync(manager, "Hội thảo ngày mai", "2026-11-29T07:00:00Z", "2026-11-29T10:00:00Z");
        return site;
    }

    private static async Task PublishAsync(IContentManager manager, string title, string startUtc, string? endUtc)
    {
        var item = await manager.NewAsync("Event");
        item.DisplayText = title;
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Content["Event"] = new JsonObject
        {
            ["StartDate"] = new JsonObject { ["Value"] = startUtc },
            ["EndDate"] = new JsonObject { ["Value"] = endUtc },
        };
        await manager.PublishAsync(item);
    }

    private static async Task<IHtmlDocument> GetAsync(WebApplicationFactory<Program> site, string path)
    {
        var response = await site.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string? StatusOf(IHtmlDocument page, string title) =>
        page.QuerySelectorAll("[data-testid=event-item]").Single(i => i.QuerySelector("h2")!.TextContent.Trim() == title).GetAttribute("data-event-status");
}
