using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Data;

/// <summary>
/// The core store: content item versions, their index tables, single documents, Identity and the data protection keys.
/// It is abstract because each provider has its own migrations (<see cref="SqlitePortalDbContext"/>,
/// <see cref="PostgresPortalDbContext"/>); code depends on this type only.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The index that keeps published paths unique (its violation is reported on the path field).</summary>
    public const string PublishedPathIndex = "IX_AutorouteIndex_PublishedPath";

    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();
    public DbSet<AutorouteRecord> Autoroutes => Set<AutorouteRecord>();
    public DbSet<TaxonomyRecord> TaxonomyIndex => Set<TaxonomyRecord>();
    public DbSet<FieldValueRecord> FieldValues => Set<FieldValueRecord>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<ChangeLogRecord> ChangeLog => Set<ChangeLogRecord>();

    /// <summary>
    /// The keys that protect sign-in cookies and form tokens, in the database every node shares: kept in memory they
    /// would sign everyone out at each restart, and a form served by one node would be refused by another.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var trueLiteral = Database.IsNpgsql() ? "true" : "1";

        builder.Entity<ContentItemRecord>(e =>
        {
            e.ToTable("ContentItems");
            e.Property(x => x.ContentItemId).HasMaxLength(64);
            e.Property(x => x.ContentItemVersionId).HasMaxLength(64);
            e.Property(x => x.ContentType).HasMaxLength(128);
            e.Property(x => x.DisplayText).HasMaxLength(1024);
            e.Property(x => x.DisplayTextKey).HasMaxLength(1024);
            e.Property(x => x.Owner).HasMaxLength(256);
            e.Property(x => x.Author).HasMaxLength(256);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => x.ContentItemVersionId).IsUnique();
            // Lookups by item use this one; the filtered unique indexes below only guard integrity
            // (SQLite cannot use a partial index for a query whose WHERE does not repeat its filter).
            e.HasIndex(x => x.ContentItemId, "IX_ContentItems_ContentItemId");
            // At most one published and one latest version per item, enforced by the database itself.
            e.HasIndex(x => x.ContentItemId, "IX_ContentItems_Published").IsUnique().HasFilter($"\"Published\" = {trueLiteral}");
            e.HasIndex(x => x.ContentItemId, "IX_ContentItems_Latest").IsUnique().HasFilter($"\"Latest\" = {trueLiteral}");
            e.HasIndex(x => new { x.ContentType, x.Published, x.PublishedUtc });
            e.HasIndex(x => new { x.Latest, x.ModifiedUtc });
            // The dashboard's list sorted by title, a page at a time from a keyset cursor (title key, then id).
            e.HasIndex(x => new { x.Latest, x.DisplayTextKey, x.Id });
            e.HasIndex(x => x.ScheduledPublishUtc);
        });

        builder.Entity<AutorouteRecord>(e =>
        {
            e.ToTable("AutorouteIndex");
            e.Property(x => x.ContentItemId).HasMaxLength(64);
            e.Property(x => x.ContainedContentItemId).HasMaxLength(64);
            e.Property(x => x.Path).HasMaxLength(1024);
            e.Property(x => x.PathKey).HasMaxLength(1024);
            e.HasIndex(x => x.ContentItemId);
            // Paths are unique among published items; drafts may share a path until they publish.
            e.HasIndex(x => x.PathKey, PublishedPathIndex).IsUnique().HasFilter($"\"Published\" = {trueLiteral}");
            e.HasIndex(x => new { x.PathKey, x.Latest });
        });

        builder.Entity<TaxonomyRecord>(e =>
        {
            e.ToTable("TaxonomyIndex");
            foreach (var name in new[] { nameof(TaxonomyRecord.ContentItemId), nameof(TaxonomyRecord.TaxonomyContentItemId), nameof(TaxonomyRecord.TermContentItemId) })
            {
                e.Property(name).HasMaxLength(64);
            }

            e.Property(x => x.ContentType).HasMaxLength(128);
            e.Property(x => x.PartName).HasMaxLength(128);
            e.Property(x => x.FieldName).HasMaxLength(128);
            e.HasIndex(x => x.ContentItemId);
            e.HasIndex(x => new { x.TermContentItemId, x.Published, x.PublishedUtc });
        });

        builder.Entity<FieldValueRecord>(e =>
        {
            e.ToTable("FieldValueIndex");
            e.Property(x => x.ContentItemId).HasMaxLength(64);
            e.Property(x => x.ContentType).HasMaxLength(128);
            e.Property(x => x.PartName).HasMaxLength(128);
            e.Property(x => x.FieldName).HasMaxLength(128);
            e.Property(x => x.TextValue).HasMaxLength(256);
            e.Property(x => x.NumberValue).HasPrecision(28, 8);
            e.HasIndex(x => x.ContentItemId);
            e.HasIndex(x => new { x.ContentType, x.FieldName, x.Published, x.DateValue });
            e.HasIndex(x => new { x.FieldName, x.TextValue });
        });

        builder.Entity<DocumentRecord>(e =>
        {
            e.ToTable("Documents");
            e.Property(x => x.Id).HasMaxLength(128);
            e.Property(x => x.Version).IsConcurrencyToken();
        });

        builder.Entity<ChangeLogRecord>(e =>
        {
            e.ToTable("ChangeLog");
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Key).HasMaxLength(128);
            e.HasIndex(x => x.CreatedUtc);
        });

        builder.Entity<PortalUser>(e => e.Property(x => x.DisplayName).HasMaxLength(256));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored and read back as UTC, whatever the provider returns.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
