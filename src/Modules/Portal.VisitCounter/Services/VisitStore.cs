using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.VisitCounter.Counting;
using Portal.VisitCounter.Data;
using Portal.VisitCounter.Models;
using Portal.VisitCounter.Recipes;

namespace Portal.VisitCounter.Services;

/// <summary>
/// Writes a batch to the database in one transaction, adding deltas, and reads back the shown numbers.
/// Rows are written in a fixed order (day, then hash or item id) so that two nodes flushing at the same time
/// on PostgreSQL wait for each other instead of deadlocking.
/// </summary>
public sealed class VisitStore(PortalContextFactory<VisitCounterDbContext> contexts, ILogger<VisitStore> logger)
{
    private DateOnly prunedBefore;

    /// <summary>Creates the counter's row (with a new site secret) unless a node or the recipe did; returns what is stored.</summary>
    public async Task<VisitCounterStateRecord> EnsureStateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await InsertStateIfMissingAsync(db, cancellationToken);
        return await db.State.AsNoTracking().SingleAsync(s => s.Id == VisitCounterStateRecord.SingletonId, cancellationToken);
    }

    /// <summary>What is stored (the defaults when nothing is yet), without creating the row: for readers such as an export.</summary>
    public async Task<VisitCounterStateRecord> ReadStateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await db.State.AsNoTracking().SingleOrDefaultAsync(s => s.Id == VisitCounterStateRecord.SingletonId, cancellationToken)
            ?? new VisitCounterStateRecord();
    }

    /// <summary>Inserts the default row unless it exists; a new random secret, so every site has its own.</summary>
    internal static Task InsertStateIfMissingAsync(VisitCounterDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(VisitSql.InsertStateIfMissing,
            [VisitCounterStateRecord.SingletonId, 0L, VisitCounterStateRecord.DefaultOnlineWindowMinutes, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))],
            cancellationToken);

    /// <summary>Adds the batch (if any) and returns the numbers as they stand after it.</summary>
    public async Task<VisitCounts> FlushAsync(VisitBatch batch, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var today = VisitDays.DayOf(now);
        if (batch.IsEmpty)
        {
            return await ReadCountsAsync(db, today, now, cancellationToken);
        }

        VisitCounts counts;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var day in batch.PageViews.Keys.Union(batch.NewVisitors.Keys).Order())
            {
                var added = batch.NewVisitors.TryGetValue(day, out var visitors) ? await InsertVisitorsAsync(db, day, visitors, cancellationToken) : 0;
                await db.Database.ExecuteSqlRawAsync(VisitSql.AddDailyTotals, [day, (long)added, batch.PageViews.GetValueOrDefault(day)], cancellationToken);
            }

            await AddItemViewsAsync(db, batch.ItemViews, cancellationToken);
            await UpsertOnlineAsync(db, batch.LastSeen, cancellationToken);
            counts = await ReadCountsAsync(db, today, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        try
        {
            await PruneAsync(db, today, now, cancellationToken);
        }
        catch (Exception ex)
        {
            // The batch is committed: a failed clean-up must not make the caller send it again. The next flush retries.
            logger.LogWarning(ex, "Pruning old visit counter rows failed");
        }

        return counts;
    }

    /// <summary>The numbers as stored now.</summary>
    public async Task<VisitCounts> ReadCountsAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return await ReadCountsAsync(db, VisitDays.DayOf(now), now, cancellationToken);
    }

    private static async Task<VisitCounts> ReadCountsAsync(VisitCounterDbContext db, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await db.State.AsNoTracking().SingleOrDefaultAsync(s => s.Id == VisitCounterStateRecord.SingletonId, cancellationToken)
            ?? new VisitCounterStateRecord();
        var day = await db.DailyTotals.AsNoTracking().SingleOrDefaultAsync(t => t.Day == today, cancellationToken);
        var visitorsSinceStart = await db.DailyTotals.SumAsync(t => (long?)t.Visitors, cancellationToken) ?? 0;
        var onlineSince = now.ToUnixTimeSeconds() - (state.OnlineWindowMinutes * 60L);
        var online = await db.OnlineVisitors.LongCountAsync(o => o.LastSeenUnixSeconds >= onlineSince, cancellationToken);
        return new VisitCounts(today, online, day?.Visitors ?? 0, state.StartingTotal + visitorsSinceStart, day?.PageViews ?? 0);
    }

    /// <summary>Inserts the day's visitor rows that are not there yet and returns how many were new.</summary>
    private static Task<int> InsertVisitorsAsync(VisitCounterDbContext db, DateOnly day, List<UInt128> visitors, CancellationToken cancellationToken) =>
        ExecuteInChunksAsync(db, visitors.Order(), VisitSql.InsertVisitors, visitor => [day, VisitorHasher.ToBytes(visitor)], cancellationToken);

    private static async Task AddItemViewsAsync(VisitCounterDbContext db, Dictionary<ItemDay, long> views, CancellationToken cancellationToken)
    {
        foreach (var (item, count) in views.OrderBy(v => v.Key.Day).ThenBy(v => v.Key.ContentItemId, StringComparer.Ordinal))
        {
            await db.Database.ExecuteSqlRawAsync(VisitSql.AddItemDailyViews, [item.Day, item.ContentItemId, count], cancellationToken);
        }

        foreach (var group in views.GroupBy(v => v.Key.ContentItemId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            await db.Database.ExecuteSqlRawAsync(VisitSql.AddItemViews, [group.Key, group.Sum(v => v.Value)], cancellationToken);
        }
    }

    private static Task UpsertOnlineAsync(VisitCounterDbContext db, Dictionary<UInt128, long> lastSeen, CancellationToken cancellationToken) =>
        ExecuteInChunksAsync(db, lastSeen.OrderBy(pair => pair.Key), VisitSql.UpsertOnline, pair => [VisitorHasher.ToBytes(pair.Key), pair.Value], cancellationToken);

    /// <summary>Everything counted here, for a whole-site export.</summary>
    public async Task<VisitHistory> ReadHistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        return new VisitHistory(
            await db.DailyTotals.AsNoTracking().OrderBy(d => d.Day).ToListAsync(cancellationToken),
            await db.ItemDailyViews.AsNoTracking().OrderBy(v => v.Day).ThenBy(v => v.ContentItemId).ToListAsync(cancellationToken),
            await db.ItemViews.AsNoTracking().OrderBy(v => v.ContentItemId).ToListAsync(cancellationToken));
    }

    /// <summary>Raises every row of the history to at least the imported count (never lowers one), in the caller's transaction.</summary>
    internal static async Task RaiseHistoryAsync(VisitCounterDbContext db, VisitHistory history, CancellationToken cancellationToken)
    {
        await ExecuteInChunksAsync(db, history.Days.OrderBy(d => d.Day), VisitSql.RaiseDailyTotals,
            d => [d.Day, d.Visitors, d.PageViews], cancellationToken);
        await ExecuteInChunksAsync(db, history.ItemDays.OrderBy(v => v.Day).ThenBy(v => v.ContentItemId, StringComparer.Ordinal), VisitSql.RaiseItemDailyViews,
            v => [v.Day, v.ContentItemId, v.Views], cancellationToken);
        await ExecuteInChunksAsync(db, history.Items.OrderBy(v => v.ContentItemId, StringComparer.Ordinal), VisitSql.RaiseItemViews,
            v => [v.ContentItemId, v.Views], cancellationToken);
    }

    /// <summary>Runs a many-row statement per chunk of rows (bounded, for the databases' parameter limits); returns the rows affected.</summary>
    private static async Task<int> ExecuteInChunksAsync<T>(VisitCounterDbContext db, IEnumerable<T> rows, Func<int, string> statement,
        Func<T, object[]> values, CancellationToken cancellationToken)
    {
        var affected = 0;
        foreach (var chunk in rows.Chunk(VisitSql.MaxRowsPerStatement))
        {
            affected += await db.Database.ExecuteSqlRawAsync(statement(chunk.Length), chunk.SelectMany(values), cancellationToken);
        }

        return affected;
    }

    /// <summary>
    /// Forgets what is no longer needed, outside the flush's transaction: visitors who left the online window,
    /// and visitor hashes of days before yesterday (their count is kept in the day's totals).
    /// </summary>
    private async Task PruneAsync(VisitCounterDbContext db, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = await db.State.AsNoTracking().Where(s => s.Id == VisitCounterStateRecord.SingletonId)
            .Select(s => (int?)s.OnlineWindowMinutes).SingleOrDefaultAsync(cancellationToken) ?? VisitCounterStateRecord.DefaultOnlineWindowMinutes;
        var staleBefore = now.ToUnixTimeSeconds() - (window * 60L);
        await db.Database.ExecuteSqlRawAsync(VisitSql.DeleteStaleOnline(db.Database.IsNpgsql()), [staleBefore], cancellationToken);

        var keepFrom = today.AddDays(-1);
        if (prunedBefore < keepFrom)
        {
            await db.DailyVisitors.Where(v => v.Day < keepFrom).ExecuteDeleteAsync(cancellationToken);
            prunedBefore = keepFrom;
        }
    }
}
