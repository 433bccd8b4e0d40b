using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Routing;
using Portal.VisitCounter.Counting;
using Portal.VisitCounter.Data;

namespace Portal.VisitCounter.Reports;

/// <summary>
/// The data of the admin page "Thống kê truy cập": visitors and page views per day, and the most read items.
/// Reads the database only (what has been flushed), never the request path's memory.
/// </summary>
public sealed class VisitReports(
    PortalContextFactory<VisitCounterDbContext> visits,
    PortalContextFactory<PortalDbContext> content,
    RouteTable routes,
    TimeProvider clock)
{
    public const int MaxDays = 3660;

    /// <summary>The last <paramref name="days"/> days up to today (Asia/Ho_Chi_Minh), oldest first; days without visits are zeros.</summary>
    public async Task<IReadOnlyList<DailyVisitRow>> GetDailyAsync(int days, CancellationToken cancellationToken = default)
    {
        days = Math.Clamp(days, 1, MaxDays);
        var today = VisitDays.DayOf(clock.GetUtcNow());
        var first = today.AddDays(1 - days);
        await using var db = visits.Create();
        var stored = await db.DailyTotals.AsNoTracking()
            .Where(t => t.Day >= first && t.Day <= today)
            .ToDictionaryAsync(t => t.Day, cancellationToken);
        return Enumerable.Range(0, days)
            .Select(offset => first.AddDays(offset))
            .Select(day => stored.TryGetValue(day, out var row) ? new DailyVisitRow(day, row.Visitors, row.PageViews) : new DailyVisitRow(day, 0, 0))
            .ToList();
    }

    /// <summary>
    /// The <paramref name="count"/> items with the most page views, over the last <paramref name="days"/> days
    /// (today included) or, when null, since counting began.
    /// </summary>
    public async Task<IReadOnlyList<MostReadItem>> GetMostReadAsync(int count, int? days = null, CancellationToken cancellationToken = default)
    {
        count = Math.Clamp(count, 1, 1000);
        await using var db = visits.Create();
        List<(string Id, long Views)> top;
        if (days is { } period)
        {
            var first = VisitDays.DayOf(clock.GetUtcNow()).AddDays(1 - Math.Clamp(period, 1, MaxDays));
            var rows = await db.ItemDailyViews.AsNoTracking()
                .Where(v => v.Day >= first)
                .GroupBy(v => v.ContentItemId)
                .Select(g => new { Id = g.Key, Views = g.Sum(v => v.Views) })
                .OrderByDescending(r => r.Views).ThenBy(r => r.Id)
                .Take(count)
                .ToListAsync(cancellationToken);
            top = rows.Select(r => (r.Id, r.Views)).ToList();
        }
        else
        {
            var rows = await db.ItemViews.AsNoTracking()
                .OrderByDescending(v => v.Views).ThenBy(v => v.ContentItemId)
                .Take(count)
                .ToListAsync(cancellationToken);
            top = rows.Select(r => (r.ContentItemId, r.Views)).ToList();
        }

        var titles = await TitlesAsync(top.Select(t => t.Id).ToList(), cancellationToken);
        return top.Select(t => new MostReadItem(t.Id, titles.GetValueOrDefault(t.Id) ?? "(đã xóa)", routes.PathOf(t.Id) is { } path ? "/" + path : null, t.Views)).ToList();
    }

    /// <summary>Each item's title: the published version's, else the latest version's.</summary>
    private async Task<Dictionary<string, string>> TitlesAsync(List<string> ids, CancellationToken cancellationToken)
    {
        await using var db = content.Create();
        var rows = await db.ContentItems.AsNoTracking()
            .Where(c => ids.Contains(c.ContentItemId) && (c.Published || c.Latest))
            .Select(c => new { c.ContentItemId, c.DisplayText, c.Published })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ContentItemId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Published).First().DisplayText);
    }
}
