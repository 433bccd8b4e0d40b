using Microsoft.EntityFrameworkCore;
using Portal.VisitCounter.Models;

namespace Portal.VisitCounter.Data;

/// <summary>
/// The visit counter's tables. Abstract because each provider has its own migrations
/// (<see cref="SqliteVisitCounterDbContext"/>, <see cref="PostgresVisitCounterDbContext"/>); code depends on this type.
/// </summary>
public abstract class VisitCounterDbContext(DbContextOptions options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__VisitCounterMigrations";
    public const string DailyVisitorsTable = "VisitDailyVisitors";
    public const string DailyTotalsTable = "VisitDailyTotals";
    public const string ItemDailyViewsTable = "VisitItemDailyViews";
    public const string ItemViewsTable = "VisitItemViews";
    public const string OnlineVisitorsTable = "VisitOnlineVisitors";
    public const string StateTable = "VisitCounterState";

    public DbSet<DailyVisitorRecord> DailyVisitors => Set<DailyVisitorRecord>();
    public DbSet<DailyTotalRecord> DailyTotals => Set<DailyTotalRecord>();
    public DbSet<ItemDailyViewRecord> ItemDailyViews => Set<ItemDailyViewRecord>();
    public DbSet<ItemViewRecord> ItemViews => Set<ItemViewRecord>();
    public DbSet<OnlineVisitorRecord> OnlineVisitors => Set<OnlineVisitorRecord>();
    public DbSet<VisitCounterStateRecord> State => Set<VisitCounterStateRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<DailyVisitorRecord>(e =>
        {
            e.ToTable(DailyVisitorsTable);
            // The key is the rule "a visitor counts once per day", whichever node saw them.
            e.HasKey(x => new { x.Day, x.VisitorHash });
            e.Property(x => x.VisitorHash).HasMaxLength(16);
        });

        builder.Entity<DailyTotalRecord>(e =>
        {
            e.ToTable(DailyTotalsTable);
            e.HasKey(x => x.Day);
        });

        builder.Entity<ItemDailyViewRecord>(e =>
        {
            e.ToTable(ItemDailyViewsTable);
            e.HasKey(x => new { x.Day, x.ContentItemId });
            e.Property(x => x.ContentItemId).HasMaxLength(64);
        });

        builder.Entity<ItemViewRecord>(e =>
        {
            e.ToTable(ItemViewsTable);
            e.HasKey(x => x.ContentItemId);
            e.Property(x => x.ContentItemId).HasMaxLength(64);
            e.HasIndex(x => x.Views);
        });

        builder.Entity<OnlineVisitorRecord>(e =>
        {
            e.ToTable(OnlineVisitorsTable);
            e.HasKey(x => x.VisitorHash);
            e.Property(x => x.VisitorHash).HasMaxLength(16);
            e.HasIndex(x => x.LastSeenUnixSeconds);
        });

        builder.Entity<VisitCounterStateRecord>(e =>
        {
            e.ToTable(StateTable);
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Secret).HasMaxLength(128);
        });
    }
}
