using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Infrastructure;
using Portal.Tests.VisitCounter.Infrastructure;
using Portal.Core.Visits;
using Portal.VisitCounter.Models;
using Portal.VisitCounter.Reports;

namespace Portal.Tests.VisitCounter.Reports;

public sealed class VisitReportsTests
{
    private const string AboutPageId = "4gioithieu0000000000000000";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reports_DaysWithAndWithoutVisits_DailyRowsAndMostRead(string provider)
    {
        // Thứ Sáu 27/11/2026, 10:00 in Thanh Hóa.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero));
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database, clock);
        await using (var db = site.OpenVisitDb())
        {
            // Older history: an item since deleted, read a lot ten days ago.
            db.DailyTotals.Add(new DailyTotalRecord { Day = new DateOnly(2026, 11, 17), Visitors = 40, PageViews = 120 });
            db.ItemDailyViews.Add(new ItemDailyViewRecord { Day = new DateOnly(2026, 11, 17), ContentItemId = "da-xoa", Views = 90 });
            db.ItemViews.Add(new ItemViewRecord { ContentItemId = "da-xoa", Views = 90 });
            await db.SaveChangesAsync();
        }

        for (var visitor = 0; visitor < 4; visitor++)
        {
            await site.VisitAsync("/gioi-thieu", Browsers.Visitor(visitor), "192.0.2.10");
        }

        await site.VisitAsync("/", Browsers.Visitor(0), "192.0.2.10");
        await site.FlushAsync();
        var reports = site.Services.GetRequiredService<VisitReports>();

        var daily = await reports.GetDailyAsync(3);
        var allTime = await reports.GetMostReadAsync(10);
        var lastWeek = await reports.GetMostReadAsync(10, days: 7);
        var month = await reports.GetDailyAsync(30);

        Assert.Equal(
            [new DailyVisitRow(new DateOnly(2026, 11, 25), 0, 0), new DailyVisitRow(new DateOnly(2026, 11, 26), 0, 0), new DailyVisitRow(new DateOnly(2026, 11, 27), 4, 5)],
            daily);
        Assert.Equal([new MostReadItem("da-xoa", "(đã xóa)", null, 90), new MostReadItem(AboutPageId, "Giới thiệu", "/gioi-thieu", 4)], allTime);
        Assert.Equal([new MostReadItem(AboutPageId, "Giới thiệu", "/gioi-thieu", 4)], lastWeek);
        Assert.Equal(30, month.Count);
        Assert.Equal((44L, 125L), (month.Sum(d => d.Visitors), month.Sum(d => d.PageViews)));
    }
}
