using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Changes;
using Portal.Core.Content.Definitions;
using Portal.Core.Content.Handlers;
using Portal.Core.Data;

namespace Portal.Core.Content;

/// <inheritdoc cref="IContentManager"/>
public sealed class ContentManager(
    PortalDbContext db,
    ContentDefinitionManager definitions,
    IEnumerable<IContentHandler> handlers,
    PendingChanges changes,
    TimeProvider clock) : IContentManager
{
    private readonly IContentHandler[] orderedHandlers = handlers.OrderBy(h => h.Order).ToArray();
    private readonly HashSet<string> pendingImports = [];

    public async Task<ContentItem> NewAsync(string contentType)
    {
        var type = await definitions.GetTypeAsync(contentType)
            ?? throw new ContentValidationException([new ContentError("ContentType", $"Loại nội dung '{contentType}' chưa được định nghĩa.")]);
        return new ContentItem
        {
            ContentItemId = ContentIds.New(),
            ContentItemVersionId = ContentIds.New(),
            ContentType = type.Name,
        };
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published)
    {
        var query = db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == contentItemId);
        query = options == VersionOptions.Published ? query.Where(r => r.Published) : query.Where(r => r.Latest);
        var record = await query.FirstOrDefaultAsync();
        return record is null ? null : ContentRecords.ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published)
    {
        var ids = contentItemIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var query = db.ContentItems.AsNoTracking().Where(r => ids.Contains(r.ContentItemId));
        query = options == VersionOptions.Published ? query.Where(r => r.Published) : query.Where(r => r.Latest);
        return (await query.ToListAsync()).Select(ContentRecords.ToItem).ToList();
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId)
    {
        var record = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemVersionId == contentItemVersionId);
        return record is null ? null : ContentRecords.ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId) =>
        (await db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == contentItemId).OrderByDescending(r => r.Id).ToListAsync())
        .Select(ContentRecords.ToItem).ToList();

    public Task<ContentItem> SaveDraftAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        SaveAsync(item, publish: false, cancellationToken);

    public Task<ContentItem> PublishAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        SaveAsync(item, publish: true, cancellationToken);

    // A schedule is a publish decided in advance: what publishing would refuse then (no title, an empty required field)
    // is refused now, while the editor is there to fix it, not found by the publisher when nobody is.
    public Task<ContentItem> SchedulePublishAsync(ContentItem item, DateTime? publishUtc, CancellationToken cancellationToken = default) =>
        SaveAsync(item, publish: false, cancellationToken, row => row.ScheduledPublishUtc = publishUtc, validateAsPublished: publishUtc is not null);

    public async Task<IReadOnlyList<ScheduledPublishOutcome>> PublishScheduledAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var due = await db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && !r.Published && r.ScheduledPublishUtc != null && r.ScheduledPublishUtc <= nowUtc)
            .OrderBy(r => r.ScheduledPublishUtc).Take(100).ToListAsync(cancellationToken);
        var outcomes = new List<ScheduledPublishOutcome>();
        foreach (var row in due)
        {
            var item = ContentRecords.ToItem(row);
            if (!await db.ContentItems.AnyAsync(r => r.ContentItemId == row.ContentItemId && r.Published, cancellationToken))
            {
                item.PublishedUtc = row.ScheduledPublishUtc;
            }

            try
            {
                await SaveAsync(item, publish: true, cancellationToken);
                outcomes.Add(new ScheduledPublishOutcome(item.ContentItemId, item.DisplayText, null));
            }
            catch (ContentConcurrencyException)
            {
                // Another node, or an editor, changed it first; the next round sees the new state.
                db.ChangeTracker.Clear();
            }
            catch (ContentValidationException ex)
            {
                db.ChangeTracker.Clear();
                changes.Discard();
                // Retrying every round would fail the same way: the schedule is dropped and the failure reported.
                await db.ContentItems.Where(r => r.Id == row.Id && r.Revision == row.Revision)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ScheduledPublishUtc, (DateTime?)null).SetProperty(r => r.Revision, r => r.Revision + 1), cancellationToken);
                outcomes.Add(new ScheduledPublishOutcome(item.ContentItemId, item.DisplayText, ex.Message));
            }
        }

        return outcomes;
    }

    public async Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var rows = await CurrentRowsAsync(contentItemId, cancellationToken);
        var published = rows.FirstOrDefault(r => r.Published);
        if (published is null)
        {
            return false;
        }

        published.Published = false;
        published.Revision++;

        // An editor who takes an item off the site means it to stay off: a pending schedule would publish it again.
        foreach (var scheduled in rows.Where(r => r.ScheduledPublishUtc is not null))
        {
            scheduled.ScheduledPublishUtc = null;
            scheduled.Revision += scheduled == published ? 0 : 1;
        }

        await ReindexAsync(contentItemId, rows, isNew: false, cancellationToken);
        await CommitAsync(contentItemId, cancellationToken);
        return true;
    }

    public async Task<bool> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var rows = await CurrentRowsAsync(contentItemId, cancellationToken);
        if (rows.Count == 0)
        {
            return false;
        }

        foreach (var row in rows)
        {
            row.Published = false;
            row.Latest = false;
            row.Revision++;
        }

        await ReindexAsync(contentItemId, rows, isNew: false, cancellationToken);
        await CommitAsync(contentItemId, cancellationToken);
        return true;
    }

    public async Task<ContentItem> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var old = await GetVersionAsync(contentItemVersionId)
            ?? throw new ContentValidationException([new ContentError("", "Không tìm thấy phiên bản cần khôi phục.")]);
        var latest = await GetAsync(old.ContentItemId, VersionOptions.Latest);
        old.ContentItemVersionId = latest?.ContentItemVersionId ?? old.ContentItemVersionId;
        old.Revision = latest?.Revision ?? 0;
        old.Published = latest?.Published ?? false;
        return await SaveDraftAsync(old, cancellationToken);
    }

    public async Task<ImportOutcome> ImportAsync(ContentItem item, bool published, bool latest, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = ContentIds.New();
        }

        if (pendingImports.Contains(item.ContentItemId))
        {
            // The recipe names this item twice (a published and a draft version): the first must be stored first.
            await FlushAsync(cancellationToken);
        }

        item.Published = published;
        item.Latest = latest;
        await PrepareAsync(item, isImport: true, publishing: published, cancellationToken);

        // One round trip finds the item's rows and a row of another item holding the same version id.
        var versionId = item.ContentItemVersionId;
        var found = string.IsNullOrEmpty(versionId)
            ? await db.ContentItems.Where(r => r.ContentItemId == item.ContentItemId).ToListAsync(cancellationToken)
            : await db.ContentItems.Where(r => r.ContentItemId == item.ContentItemId || r.ContentItemVersionId == versionId).ToListAsync(cancellationToken);
        if (found.Any(r => r.ContentItemId != item.ContentItemId))
        {
            throw new ContentValidationException([new ContentError("ContentItemVersionId", $"Phiên bản {item.ContentItemVersionId} đã thuộc về một nội dung khác.")]);
        }

        var rows = found;
        var target = string.IsNullOrEmpty(versionId) ? null : rows.FirstOrDefault(r => r.ContentItemVersionId == versionId);

        var comparedWith = target ?? rows.FirstOrDefault(r => r.Latest);
        if (comparedWith is not null && IsSameContent(comparedWith, item))
        {
            return ImportOutcome.Unchanged;
        }

        var now = Now();
        item.CreatedUtc ??= rows.Select(r => r.CreatedUtc).FirstOrDefault(d => d is not null) ?? now;
        item.ModifiedUtc ??= now;
        if (published)
        {
            item.PublishedUtc ??= rows.FirstOrDefault(r => r.Published)?.PublishedUtc ?? now;
        }

        if (string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            item.ContentItemVersionId = ContentIds.New();
        }

        foreach (var row in rows.Where(r => r != target))
        {
            if ((published && row.Published) || (latest && row.Latest))
            {
                row.Published &= !published;
                row.Latest &= !latest;
                row.Revision++;
            }
        }

        // Index rows are cleared first unless the item has no row yet (an update of its only row must clear them too).
        var isNewItem = rows.Count == 0;
        if (target is null)
        {
            target = new ContentItemRecord();
            db.ContentItems.Add(target);
            rows.Add(target);
        }

        ContentRecords.CopyTo(item, target);
        await ReindexAsync(item.ContentItemId, rows, isNew: isNewItem, cancellationToken);
        changes.Add(Change.Content(item.ContentItemId));
        pendingImports.Add(item.ContentItemId);
        return comparedWith is null ? ImportOutcome.Created : ImportOutcome.Updated;
    }

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await SaveChangesAsync(null, cancellationToken);
        db.ChangeTracker.Clear();
        pendingImports.Clear();
    }

    private async Task<ContentItem> SaveAsync(ContentItem item, bool publish, CancellationToken cancellationToken, Action<ContentItemRecord>? adjust = null,
        bool validateAsPublished = false)
    {
        await PrepareAsync(item, isImport: false, publishing: publish || validateAsPublished, cancellationToken);
        var rows = await CurrentRowsAsync(item.ContentItemId, cancellationToken);
        var latest = rows.FirstOrDefault(r => r.Latest);
        var published = rows.FirstOrDefault(r => r.Published);

        if (rows.Count > 0 && (latest is null || latest.ContentItemVersionId != item.ContentItemVersionId || latest.Revision != item.Revision))
        {
            throw new ContentConcurrencyException(item.ContentItemId, latest?.ContentItemVersionId);
        }

        var now = Now();
        item.CreatedUtc = latest?.CreatedUtc ?? item.CreatedUtc ?? now;
        item.ModifiedUtc = now;
        item.Latest = true;
        item.Published = publish;
        item.PublishedUtc = publish ? published?.PublishedUtc ?? item.PublishedUtc ?? now : latest?.PublishedUtc ?? item.PublishedUtc;

        var isNewItem = rows.Count == 0;
        ContentItemRecord target;
        if (latest is not null && !latest.Published)
        {
            // The current draft is updated in place.
            target = latest;
        }
        else
        {
            // A new version on top of the published one (or the first version of a new item).
            if (latest is not null)
            {
                latest.Latest = false;
                latest.Revision++;
                item.ContentItemVersionId = ContentIds.New();
            }

            target = new ContentItemRecord();
            db.ContentItems.Add(target);
            rows.Add(target);
        }

        if (publish && published is not null && published != target)
        {
            published.Published = false;
            published.Revision++;
        }

        ContentRecords.CopyTo(item, target);
        if (publish)
        {
            target.ScheduledPublishUtc = null;
        }

        adjust?.Invoke(target);
        await ReindexAsync(item.ContentItemId, rows, isNew: isNewItem, cancellationToken);
        await CommitAsync(item.ContentItemId, cancellationToken);
        return item;
    }

    /// <summary>Now, to the microsecond: PostgreSQL keeps no finer, so what is read back equals what was written.</summary>
    private DateTime Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }

    private async Task PrepareAsync(ContentItem item, bool isImport, bool publishing, CancellationToken cancellationToken)
    {
        var document = await definitions.GetAsync();
        var type = document.Type(item.ContentType)
            ?? throw new ContentValidationException([new ContentError("ContentType", $"Loại nội dung '{item.ContentType}' chưa được định nghĩa.")]);
        item.ContentType = type.Name;
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = ContentIds.New();
        }

        var context = new ContentSaveContext(item, type, document, isImport, publishing);
        foreach (var handler in orderedHandlers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await handler.PreparingAsync(context);
        }

        foreach (var handler in orderedHandlers)
        {
            await handler.ValidatingAsync(context);
        }

        if (context.Errors.Count > 0)
        {
            throw new ContentValidationException(context.Errors);
        }
    }

    /// <summary>The rows that are published or latest, tracked for update.</summary>
    private Task<List<ContentItemRecord>> CurrentRowsAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.ContentItems.Where(r => r.ContentItemId == contentItemId && (r.Published || r.Latest)).ToListAsync(cancellationToken);

    private async Task ReindexAsync(string contentItemId, IReadOnlyList<ContentItemRecord> rows, bool isNew, CancellationToken cancellationToken)
    {
        if (!isNew)
        {
            db.Autoroutes.RemoveRange(await db.Autoroutes.Where(r => r.ContentItemId == contentItemId).ToListAsync(cancellationToken));
            db.TaxonomyIndex.RemoveRange(await db.TaxonomyIndex.Where(r => r.ContentItemId == contentItemId).ToListAsync(cancellationToken));
            db.FieldValues.RemoveRange(await db.FieldValues.Where(r => r.ContentItemId == contentItemId).ToListAsync(cancellationToken));
        }

        var publishedRow = rows.FirstOrDefault(r => r.Published);
        var latestRow = rows.FirstOrDefault(r => r.Latest);
        var published = publishedRow is null ? null : ContentRecords.ToItem(publishedRow);
        var latest = latestRow is null ? null : latestRow == publishedRow ? published : ContentRecords.ToItem(latestRow);
        var context = new ContentIndexContext(contentItemId, published, latest, await definitions.GetAsync(), db);
        foreach (var handler in orderedHandlers)
        {
            await handler.IndexingAsync(context);
        }
    }

    private async Task CommitAsync(string contentItemId, CancellationToken cancellationToken)
    {
        changes.Add(Change.Content(contentItemId));
        await SaveChangesAsync(contentItemId, cancellationToken);
        if (db.Database.CurrentTransaction is null)
        {
            await changes.PublishAsync(cancellationToken);
        }
    }

    private async Task SaveChangesAsync(string? contentItemId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            changes.Discard();
            throw new ContentConcurrencyException(contentItemId ?? "", null);
        }
        catch (DbUpdateException ex) when (UniqueViolations.Of(ex) is not UniqueViolation.None and var violation)
        {
            db.ChangeTracker.Clear();
            changes.Discard();

            // The path was free when the handler checked it: another item was published at it meanwhile. Any other
            // unique rule (one published, one latest version) broken means another save of this item came first.
            throw violation == UniqueViolation.PublishedPath
                ? new ContentValidationException([new ContentError("AutoroutePart.Path", "Đường dẫn này vừa được một nội dung khác sử dụng. Hãy chọn đường dẫn khác.")])
                : new ContentConcurrencyException(contentItemId ?? "", null);
        }
    }

    /// <summary>
    /// Equal content and flags, and equal dates and people where the import names them (an export carries
    /// them; a hand-written recipe usually does not): importing it again would change nothing.
    /// </summary>
    private static bool IsSameContent(ContentItemRecord row, ContentItem item)
    {
        var stored = ContentRecords.ToItem(row);
        return stored.ContentType == item.ContentType &&
               stored.DisplayText == item.DisplayText &&
               stored.Published == item.Published &&
               stored.Latest == item.Latest &&
               SameIfGiven(item.CreatedUtc, stored.CreatedUtc) &&
               SameIfGiven(item.ModifiedUtc, stored.ModifiedUtc) &&
               SameIfGiven(item.PublishedUtc, stored.PublishedUtc) &&
               SameIfGiven(item.Owner, stored.Owner) &&
               SameIfGiven(item.Author, stored.Author) &&
               JsonNode.DeepEquals(stored.Content, item.Content);
    }

    private static bool SameIfGiven<T>(T? given, T? stored) => given is null || Equals(given, stored);
}
