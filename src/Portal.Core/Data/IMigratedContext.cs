namespace Portal.Core.Data;

/// <summary>A context whose migrations run at start-up (the core's first, then each module's).</summary>
public interface IMigratedContext
{
    /// <summary>The provider-neutral context type that code depends on.</summary>
    Type ContextType { get; }

    /// <summary>The table that records which migrations of this context have run.</summary>
    string MigrationsHistoryTable { get; }

    /// <summary>Creates or upgrades this context's tables.</summary>
    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}
