using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Content;

namespace Portal.Admin.Content;

/// <summary>
/// Publishes drafts whose scheduled time has come ("Hẹn giờ xuất bản"), checking every <see cref="Interval"/> on the
/// site's <see cref="TimeProvider"/> (a fake clock in tests). Several nodes may run it: the content manager's revision
/// check lets only one of them publish a given draft.
/// </summary>
public sealed class ScheduledPublisher(IServiceProvider services, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Scheduled publishing failed; retrying in {Interval}", Interval);
            }
        }
    }

    /// <summary>Publishes what is due now; returns what was done.</summary>
    public async Task<IReadOnlyList<ScheduledPublishOutcome>> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var outcomes = await scope.ServiceProvider.GetRequiredService<IContentManager>()
            .PublishScheduledAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is null)
            {
                logger.LogInformation("Published {ContentItemId} '{Title}' as scheduled", outcome.ContentItemId, outcome.DisplayText);
            }
            else
            {
                logger.LogWarning("Scheduled publishing of {ContentItemId} '{Title}' refused, schedule dropped: {Error}", outcome.ContentItemId, outcome.DisplayText, outcome.Error);
            }
        }

        return outcomes;
    }
}
