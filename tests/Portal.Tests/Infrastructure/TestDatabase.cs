using Portal.Core.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>A database of its own for one test: a SQLite file in a temporary folder, or a fresh PostgreSQL database.</summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(DatabaseProvider provider, string appDataPath, string? connectionString)
    {
        Provider = provider;
        AppDataPath = appDataPath;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The site's data folder (database file, logs, media).</summary>
    public string AppDataPath { get; }

    /// <summary>Empty for SQLite: the site then uses <c>&lt;AppDataPath&gt;/portal.db</c>.</summary>
    public string? ConnectionString { get; }

    public string SqliteFile => Path.Combine(AppDataPath, "portal.db");

    public static TestDatabase Create(string provider) => Create(PortalDatabase.ParseProvider(provider));

    public static TestDatabase Create(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("portal-test-").FullName;
        return provider == DatabaseProvider.Sqlite
            ? new TestDatabase(provider, folder, null)
            : new TestDatabase(provider, folder, PostgresServer.CreateDatabase());
    }

    public void Dispose()
    {
        if (ConnectionString is not null)
        {
            PostgresServer.DropDatabase(ConnectionString);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(AppDataPath, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open by an async writer; the OS cleans temporary folders.
        }
    }
}
