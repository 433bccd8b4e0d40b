using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Portal.Core.Data;

/// <summary>Tells which <see cref="UniqueViolation"/> a failed save is.</summary>
public static class UniqueViolations
{
    private const int SqliteConstraintUnique = 2067;
    private const string PostgresUniqueViolation = "23505";

    /// <summary>
    /// PostgreSQL names the index; SQLite names the table and columns ("UNIQUE constraint failed: AutorouteIndex.PathKey"),
    /// and the path key is unique in that table only through the published-path index.
    /// </summary>
    public static UniqueViolation Of(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException { SqlState: PostgresUniqueViolation } postgres =>
            postgres.ConstraintName == PortalDbContext.PublishedPathIndex ? UniqueViolation.PublishedPath : UniqueViolation.Other,
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } sqlite =>
            sqlite.Message.Contains("AutorouteIndex.PathKey", StringComparison.Ordinal) ? UniqueViolation.PublishedPath : UniqueViolation.Other,
        _ => UniqueViolation.None,
    };
}
