using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Data;

/// <summary>Which class implements a context on each provider, and where its migration history lives.</summary>
public sealed class ContextRegistration<TContext>(Type sqliteType, Type postgresType, string migrationsHistoryTable) : IMigratedContext
    where TContext : DbContext
{
    public string MigrationsHistoryTable { get; } = migrationsHistoryTable;

    public Type ContextType => typeof(TContext);

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var context = services.GetRequiredService<PortalContextFactory<TContext>>().Create();
        // Migrate() also diffs the model against the last snapshot, which costs a good part of a second per context;
        // reading the history table first makes a start on an up-to-date database cheap.
        if ((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    public Type ImplementationFor(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? sqliteType : postgresType;
}
