using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Search.Data;

/// <summary>
/// The search module's tables. Abstract because each provider keeps its own migrations and its own full-text
/// structure (<see cref="SqliteSearchDbContext"/>, <see cref="PostgresSearchDbContext"/>).
/// </summary>
public abstract class SearchDbContext(DbContextOptions options) : DbContext(options)
{
    public const string DocumentsTable = "SearchDocuments";

    public DbSet<SearchDocumentRecord> Documents => Set<SearchDocumentRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<SearchDocumentRecord>(e =>
        {
            e.ToTable(DocumentsTable);
            e.Property(x => x.ContentItemId).HasMaxLength(64);
            e.Property(x => x.ContentType).HasMaxLength(128);
            e.HasIndex(x => x.ContentItemId).IsUnique();
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
