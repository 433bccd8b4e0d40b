using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Changes;

/// <summary>Delivers committed changes to every registered <see cref="IChangeListener"/>.</summary>
public sealed class ChangeBus(IServiceProvider services, ILogger<ChangeBus> logger)
{
    private IChangeListener[]? listeners;

    /// <summary>Runs every listener; a failing listener is logged and does not stop the others.</summary>
    public async Task PublishAsync(IReadOnlyCollection<Change> changes, CancellationToken cancellationToken = default)
    {
        if (changes.Count == 0)
        {
            return;
        }

        listeners ??= services.GetServices<IChangeListener>().ToArray();
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnChangedAsync(changes, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Cache listener {Listener} failed to apply {Count} changes", listener.GetType().Name, changes.Count);
            }
        }
    }
}
