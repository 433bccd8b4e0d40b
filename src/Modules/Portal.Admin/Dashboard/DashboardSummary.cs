using Microsoft.EntityFrameworkCore;
using Portal.Admin.Content;
using Portal.Core.Data;

namespace Portal.Admin.Dashboard;

/// <summary>The dashboard home: drafts waiting, scheduled items, recently published, today's visits when a counter is installed.</summary>
public sealed class DashboardSummary(PortalDbContext db, IEnumerable<IVisitStatisticsSource> visitSources)
{
    public async Task<DashboardModel> LoadAsync(IReadOnlyCollection<string> listableTypes, string? ownerId, CancellationToken cancellationToken = default)
    {
        // Parameters rather than bare boolean columns, so SQLite uses the indexes (see ContentListQuery).
        var yes = true;
        var no = false;
        var latest = db.ContentItems.AsNoTracking().Where(r => r.Latest == yes && listableTypes.Contains(r.ContentType));
        if (ownerId is not null)
        {
            latest = latest.Where(r => r.Owner == ownerId);
        }

        var drafts = latest.Where(r => r.Published == no && r.ScheduledPublishUtc == null);
        var model = new DashboardModel
        {
            DraftCount = await drafts.Take(ContentListQuery.CountLimit + 1).CountAsync(cancellationToken),
            Drafts = await Rows(drafts.OrderByDescending(r => r.ModifiedUtc)).Take(8).ToListAsync(cancellationToken),
            Scheduled = await Rows(latest.Where(r => r.Published == no && r.ScheduledPublishUtc != null).OrderBy(r => r.ScheduledPublishUtc)).Take(8).ToListAsync(cancellationToken),
            RecentlyPublished = await Rows(db.ContentItems.AsNoTracking()
                .Where(r => r.Published == yes && listableTypes.Contains(r.ContentType) && (ownerId == null || r.Owner == ownerId))
                .OrderByDescending(r => r.PublishedUtc)).Take(8).ToListAsync(cancellationToken),
        };

        if (visitSources.FirstOrDefault() is { } visits)
        {
            model.Visits = await visits.GetAsync(cancellationToken);
        }

        return model;
    }

    private static IQueryable<ContentListRow> Rows(IQueryable<ContentItemRecord> query) =>
        query.Select(r => new ContentListRow(r.ContentItemId, r.ContentType, r.DisplayText, r.Author, r.Owner, r.ModifiedUtc, r.PublishedUtc,
            r.ScheduledPublishUtc, r.Published, r.Published));
}
