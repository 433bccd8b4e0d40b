using System.Data.Common;

namespace Portal.Core.Data;

/// <summary>
/// Makes web nodes that start together on one PostgreSQL database migrate its schema one after the other. EF Core's
/// own lock there lasts one migration's transaction: a node reading the history between two migrations of another
/// would apply the second again ("relation ... already exists") and fail to start. This session-level advisory lock is
/// held over all the contexts' migrations; SQLite needs none (one file, EF Core's lock covers the whole run).
/// </summary>
public sealed class MigrationLock : IAsyncDisposable
{
    // Any fixed number: every node asks for the same one.
    private const long Key = 0x506F7274616C;

    private readonly DbConnection connection;

    private MigrationLock(DbConnection connection) => this.connection = connection;

    /// <summary>Waits for the lock on PostgreSQL; null on SQLite.</summary>
    public static async Task<MigrationLock?> AcquireAsync(PortalDatabase database, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return null;
        }

        var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({Key})", cancellationToken);
        return new MigrationLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        // Unlocked explicitly: with pooling, closing the connection would keep the session, and the lock, alive.
        try
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({Key})", CancellationToken.None);
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
