using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Portal.Search.Data;

/// <summary>
/// The search tables on PostgreSQL: each document carries two tsvectors of its folded words (the title alone, and
/// title with body), each with a GIN index, and a date index so that "newest first" can stop after one page.
/// </summary>
public sealed class PostgresSearchDbContext(DbContextOptions<PostgresSearchDbContext> options) : SearchDbContext(options)
{
    public const string TitleVectorColumn = "TitleVector";
    public const string VectorColumn = "Vector";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<SearchDocumentRecord>(e =>
        {
            e.Property<NpgsqlTsVector>(TitleVectorColumn).IsRequired();
            e.Property<NpgsqlTsVector>(VectorColumn).IsRequired();
            e.HasIndex(TitleVectorColumn).HasMethod("GIN");
            e.HasIndex(VectorColumn).HasMethod("GIN");
            e.HasIndex(x => new { x.PublishedUtc, x.Id });
        });
    }
}
