using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Core.Options;

namespace Portal.Core.Data;

/// <summary>
/// The configured database: which provider, which connection string, and how every
/// context (the core's and the modules') is configured for it.
/// </summary>
public sealed class PortalDatabase
{
    public PortalDatabase(DatabaseOptions options, string appDataPath)
    {
        Provider = ParseProvider(options.Provider);
        ConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? options.ConnectionString
            : Provider == DatabaseProvider.Sqlite
                ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(appDataPath, "portal.db") }.ToString()
                : throw new InvalidOperationException("Portal:Database:ConnectionString is required when Portal:Database:Provider is Postgres.");
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Configures a context for this database, on its own connection or on a shared one.</summary>
    public void Configure(DbContextOptionsBuilder builder, string migrationsHistoryTable, DbConnection? connection = null)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            if (connection is null)
            {
                builder.UseSqlite(ConnectionString, o => o.MigrationsHistoryTable(migrationsHistoryTable));
            }
            else
            {
                builder.UseSqlite(connection, o => o.MigrationsHistoryTable(migrationsHistoryTable));
            }
        }
        else
        {
            if (connection is null)
            {
                builder.UseNpgsql(ConnectionString, o => o.MigrationsHistoryTable(migrationsHistoryTable));
            }
            else
            {
                builder.UseNpgsql(connection, o => o.MigrationsHistoryTable(migrationsHistoryTable));
            }
        }
    }

    /// <summary>A new, closed connection to the database.</summary>
    public DbConnection CreateConnection() => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(ConnectionString)
        : new NpgsqlConnection(ConnectionString);

    /// <summary>Reads the provider name; anything but Sqlite or Postgres is a configuration error.</summary>
    public static DatabaseProvider ParseProvider(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"Unknown Portal:Database:Provider '{name}'. Use Sqlite or Postgres."),
    };
}
