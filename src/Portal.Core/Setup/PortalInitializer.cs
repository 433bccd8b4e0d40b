using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Routing;

namespace Portal.Core.Setup;

/// <summary>
/// Readies the site before the server takes requests: creates or upgrades the schema (the core's, then
/// each module's), sets an empty database up from the setup recipe, and loads the in-memory state.
/// </summary>
public sealed class PortalInitializer(IServiceProvider services, PortalDatabase database, ILogger<PortalInitializer> logger) : IHostedService
{
    /// <summary>Set false (the command line's import) to migrate and load without running setup.</summary>
    public bool RunSetup { get; set; } = true;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await UseWriteAheadLogAsync(database.CreateConnection(), cancellationToken);
        }

        await using (await MigrationLock.AcquireAsync(database, cancellationToken))
        {
            foreach (var context in services.GetServices<IMigratedContext>())
            {
                await context.MigrateAsync(services, cancellationToken);
            }
        }

        var migrated = System.Diagnostics.Stopwatch.GetElapsedTime(started);

        if (RunSetup)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SetupService>().SetupIfNeededAsync(cancellationToken);
        }

        await services.GetRequiredService<FeatureState>().LoadAsync();
        var routes = services.GetRequiredService<RouteTable>();
        await routes.LoadAsync(cancellationToken);
        logger.LogInformation("Portal ready on {Provider}: {Routes} published paths, in {Elapsed} ms (schema checked in {Migrated} ms)",
            database.Provider, routes.Count, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, (long)migrated.TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task UseWriteAheadLogAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (connection)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // WAL lets readers go on while a writer (an import, the visit counter's flush) commits.
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
