using Microsoft.EntityFrameworkCore;

namespace Portal.Search.Data;

/// <summary>
/// The search tables on SQLite: <c>SearchDocuments</c> here, and the FTS5 table <c>SearchIndex</c> (rowid = document
/// Id) created by raw SQL in the migration, since EF Core has no model for virtual tables.
/// </summary>
public sealed class SqliteSearchDbContext(DbContextOptions<SqliteSearchDbContext> options) : SearchDbContext(options)
{
    public const string FullTextTable = "SearchIndex";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The id is chosen by the index (a date key, see SqliteSearchIndex), never generated.
        builder.Entity<SearchDocumentRecord>().Property(x => x.Id).ValueGeneratedNever();
    }
}
