using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;
using Portal.Tests.VisitCounter.Infrastructure;
using Portal.VisitCounter.Counting;
using Portal.VisitCounter.Data;
using Portal.VisitCounter.Options;
using Portal.VisitCounter.Services;

namespace Portal.Tests.VisitCounter.Services;

public sealed class VisitDayRolloverTests
{
    private static readonly DateOnly Friday = new(2026, 11, 27);
    private static readonly DateOnly Saturday = new(2026, 11, 28);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MidnightInHoChiMinhCity_TodayStartsAgainAndTotalKeepsBothDays(string provider)
    {
        // 23:58 in Thanh Hóa is 16:58 UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 16, 58, 0, TimeSpan.Zero));
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database, clock);
        var start = await site.FlushAsync();

        foreach (var reader in new[] { "A", "B", "C" })
        {
            await site.VisitAsync("/", Browsers.ChromeWindows, Address(reader));
        }

        var friday = await site.FlushAsync();
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 16, 59, 59, TimeSpan.Zero));
        await site.VisitAsync("/gioi-thieu", Browsers.ChromeWindows, Address("A"));
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero));
        var atMidnight = site.Services.GetRequiredService<VisitStatistics>().Current;
        await site.VisitAsync("/", Browsers.ChromeWindows, Address("A"));
        await site.VisitAsync("/", Browsers.ChromeWindows, Address("D"));
        var saturday = await site.FlushAsync();

        Assert.Equal((Friday, 3L, 3L), (friday.Day, friday.Today, friday.PageViewsToday));
        Assert.Equal((Saturday, 0L, 0L, friday.Total), (atMidnight.Day, atMidnight.Today, atMidnight.PageViewsToday, atMidnight.Total));
        Assert.Equal((Saturday, 2L, 2L), (saturday.Day, saturday.Today, saturday.PageViewsToday));
        Assert.Equal(start.Total + 5, saturday.Total);
        await using var db = site.OpenVisitDb();
        var days = await db.DailyTotals.OrderBy(d => d.Day).ToListAsync();
        Assert.Equal([(Friday, 3L, 4L), (Saturday, 2L, 2L)], days.Select(d => (d.Day, d.Visitors, d.PageViews)));
        // A new salt at midnight: A's Friday hash and A's Saturday hash cannot be linked.
        var fridayHashes = (await db.DailyVisitors.Where(v => v.Day == Friday).ToListAsync()).Select(v => Convert.ToHexString(v.VisitorHash)).ToList();
        var saturdayHashes = (await db.DailyVisitors.Where(v => v.Day == Saturday).ToListAsync()).Select(v => Convert.ToHexString(v.VisitorHash)).ToList();
        Assert.Equal(3, fridayHashes.Count);
        Assert.Equal(2, saturdayHashes.Count);
        Assert.Empty(fridayHashes.Intersect(saturdayHashes));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoDaysLater_OldVisitorHashesAreDeletedButTheDaysCountsStay(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);
        // The store is driven with explicit instants: a fake clock moved by two days would fire every 2-second timer of the site 86,400 times.
        var store = new VisitStore(site.Services.GetRequiredService<PortalContextFactory<VisitCounterDbContext>>(), NullLogger<VisitStore>.Instance);
        var aggregator = new VisitAggregator(Microsoft.Extensions.Options.Options.Create(new VisitCounterOptions()));
        var fridayNoon = new DateTimeOffset(2026, 11, 27, 5, 0, 0, TimeSpan.Zero);
        var sundayNoon = fridayNoon.AddDays(2);
        aggregator.Record(new VisitHit(Friday, 1, fridayNoon.ToUnixTimeSeconds(), null));
        aggregator.Record(new VisitHit(Friday, 2, fridayNoon.ToUnixTimeSeconds(), null));
        await store.FlushAsync(aggregator.Drain(), fridayNoon);
        aggregator.Record(new VisitHit(Saturday, 1, fridayNoon.AddDays(1).ToUnixTimeSeconds(), null));
        await store.FlushAsync(aggregator.Drain(), fridayNoon.AddDays(1));

        aggregator.Record(new VisitHit(new DateOnly(2026, 11, 29), 1, sundayNoon.ToUnixTimeSeconds(), null));
        var sunday = await store.FlushAsync(aggregator.Drain(), sundayNoon);

        await using var db = site.OpenVisitDb();
        Assert.Equal([Saturday, new DateOnly(2026, 11, 29)], await db.DailyVisitors.Select(v => v.Day).Distinct().OrderBy(d => d).ToListAsync());
        Assert.Equal(2, (await db.DailyTotals.SingleAsync(d => d.Day == Friday)).Visitors);
        Assert.Equal(58716 + 4, sunday.Total);
        Assert.Equal(1, sunday.Online);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Online_CountsVisitorsOfTheLastFiveMinutes(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero));
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database, clock);

        await site.VisitAsync("/", Browsers.ChromeWindows, Address("A"));
        await site.VisitAsync("/", Browsers.ChromeWindows, Address("B"));
        var first = await site.FlushAsync();
        clock.Advance(TimeSpan.FromMinutes(4));
        await site.VisitAsync("/", Browsers.ChromeWindows, Address("C"));
        await site.VisitAsync("/", Browsers.ChromeWindows, Address("A"));
        var fourMinutesLater = await site.FlushAsync();
        clock.Advance(TimeSpan.FromMinutes(2));
        var sixMinutesLater = await site.FlushAsync();
        clock.Advance(TimeSpan.FromMinutes(10));
        var allGone = await site.FlushAsync();

        Assert.Equal(2, first.Online);
        Assert.Equal(3, fourMinutesLater.Online);
        Assert.Equal(2, sixMinutesLater.Online);
        Assert.Equal(0, allGone.Online);
        Assert.Equal(3, allGone.Today);
    }

    private static string Address(string reader) => reader switch
    {
        "A" => "203.0.113.101",
        "B" => "203.0.113.102",
        "C" => "203.0.113.103",
        _ => "203.0.113.104",
    };
}
