namespace Portal.Core.Changes;

/// <summary>A cache that forgets (or reloads) what changed. Called after commit, on this node and on every other node.</summary>
public interface IChangeListener
{
    /// <summary>Handles committed changes; must be idempotent, since a node may see its own changes twice.</summary>
    Task OnChangedAsync(IReadOnlyCollection<Change> changes, CancellationToken cancellationToken);
}
