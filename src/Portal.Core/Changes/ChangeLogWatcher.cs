using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;

namespace Portal.Core.Changes;

/// <summary>
/// Polls the change log so that changes committed by another web node reach this node's caches
/// within <see cref="Interval"/>. Old log rows are pruned after a day.
/// </summary>
public sealed class ChangeLogWatcher(PortalContextFactory<PortalDbContext> contexts, ChangeBus bus, TimeProvider clock, ILogger<ChangeLogWatcher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private long lastSeenId = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Reading the change log failed; retrying in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task PollAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        if (lastSeenId < 0)
        {
            // Start from now: this node loaded its caches from the current state.
            lastSeenId = await db.ChangeLog.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
            return;
        }

        var rows = await db.ChangeLog.Where(c => c.Id > lastSeenId).OrderBy(c => c.Id).Take(5000).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        lastSeenId = rows[^1].Id;
        var changes = rows.Select(r => new Change(r.Kind, r.Key)).Distinct().ToList();
        if (changes.Count > 1000)
        {
            changes = changes.Select(c => c.Kind).Distinct().Select(kind => new Change(kind, Change.All)).ToList();
        }

        await bus.PublishAsync(changes, cancellationToken);

        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        await db.ChangeLog.Where(c => c.CreatedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
