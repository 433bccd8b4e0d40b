using Portal.Core.Data;

namespace Portal.Core.Changes;

/// <summary>
/// The changes of the current unit of work (one request, one recipe import). They are written to the
/// change log inside the transaction and delivered to the caches only after it commits.
/// </summary>
public sealed class PendingChanges(PortalDbContext db, ChangeBus bus, TimeProvider clock)
{
    /// <summary>Past this many items in one unit of work, caches are told to reload everything instead.</summary>
    private const int CollapseThreshold = 200;

    private readonly HashSet<Change> changes = [];

    /// <summary>Records a change and adds its change-log row to the context (saved with the rest of the work).</summary>
    public void Add(Change change)
    {
        if (changes.Contains(new Change(change.Kind, Change.All)) || !changes.Add(change))
        {
            return;
        }

        if (!change.IsAll && changes.Count(c => c.Kind == change.Kind) > CollapseThreshold)
        {
            changes.RemoveWhere(c => c.Kind == change.Kind);
            Add(new Change(change.Kind, Change.All));
            return;
        }

        db.ChangeLog.Add(new ChangeLogRecord { Kind = change.Kind, Key = change.Key, CreatedUtc = clock.GetUtcNow().UtcDateTime });
    }

    /// <summary>Delivers the recorded changes to this node's caches. Call after commit.</summary>
    public async Task PublishAsync(CancellationToken cancellationToken = default)
    {
        var committed = changes.ToArray();
        changes.Clear();
        await bus.PublishAsync(committed, cancellationToken);
    }

    /// <summary>Forgets the recorded changes. Call after a rollback.</summary>
    public void Discard() => changes.Clear();
}
