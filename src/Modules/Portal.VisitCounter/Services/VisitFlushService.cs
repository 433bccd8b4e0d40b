using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.VisitCounter.Counting;
using Portal.VisitCounter.Options;

namespace Portal.VisitCounter.Services;

/// <summary>
/// Adds what the aggregator counted to the database every <see cref="VisitCounterOptions.FlushSeconds"/> and on a
/// graceful shutdown, then refreshes the shown numbers from the database (which holds every node's counts).
/// A failed flush gives its batch back to the aggregator, so the next one carries it.
/// </summary>
public sealed class VisitFlushService(
    VisitAggregator aggregator,
    VisitStore store,
    VisitStatistics statistics,
    VisitorHasher hasher,
    IOptions<VisitCounterOptions> options,
    TimeProvider clock,
    ILogger<VisitFlushService> logger) : BackgroundService
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private long droppedReported;

    /// <summary>Loads the site secret and the current numbers before the server takes requests.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var state = await store.EnsureStateAsync(cancellationToken);
        hasher.UseSecret(Convert.FromBase64String(state.Secret));
        statistics.Update(await store.ReadCountsAsync(clock.GetUtcNow(), cancellationToken));
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Stops the timer, then writes what is left (the server has already stopped taking requests).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The last visit counts could not be written at shutdown");
        }
    }

    /// <summary>Writes what was counted since the last flush and refreshes the shown numbers; one flush at a time.</summary>
    public async Task<VisitCounts> FlushAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var batch = aggregator.Drain();
            VisitCounts counts;
            try
            {
                counts = await store.FlushAsync(batch, clock.GetUtcNow(), cancellationToken);
            }
            catch
            {
                aggregator.Restore(batch);
                throw;
            }

            statistics.Update(counts);
            ReportDropped();
            return counts;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await FlushAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Writing visit counts failed; they are kept in memory for the next flush");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    private void ReportDropped()
    {
        var dropped = aggregator.DroppedVisitors;
        if (dropped > droppedReported)
        {
            logger.LogWarning("{Count} new visitors were not held in memory (Portal:VisitCounter:MaxVisitorsInMemory reached)", dropped - droppedReported);
            droppedReported = dropped;
        }
    }
}
