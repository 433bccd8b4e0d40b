using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Changes;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Data;
using Portal.Search.Indexing;
using Portal.Search.Models;

namespace Portal.Search.Services;

/// <summary>
/// Rebuilds the search index from every published item of a searchable type, <see cref="BatchSize"/> items at a
/// time, in one transaction: readers keep the old index until the new one is complete.
/// </summary>
public sealed class SearchIndexRebuilder(
    PortalDbContext db,
    IContentManager content,
    ContentDefinitionManager definitions,
    ISearchIndex index,
    SearchDocumentBuilder documents,
    PendingChanges changes,
    IOptions<SearchOptions> options,
    ILogger<SearchIndexRebuilder> logger)
{
    public const int BatchSize = 500;

    /// <summary>The change that tells every node to forget cached search pages.</summary>
    public static readonly Change IndexRebuilt = new("search", Change.All);

    /// <summary>Rebuilds the index and returns how many items it now holds.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var types = options.Value.Types.Keys.ToList();
        var definitionDocument = await definitions.GetAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await index.ClearAsync(db, cancellationToken);
        var count = 0;
        long after = 0;
        while (true)
        {
            // Walks the table once in id order. Filtering on type and flag here would let the database pick the
            // (type, flag, date) index and sort every match again for each batch.
            var batch = await db.ContentItems.AsNoTracking()
                .Where(r => r.Id > after)
                .OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.ContentItemId, r.ContentType, r.Published })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var items = await content.GetManyAsync(batch.Where(b => b.Published && types.Contains(b.ContentType)).Select(b => b.ContentItemId));
            var batchDocuments = items.Select(item => documents.Build(item, definitionDocument)).OfType<SearchDocument>().ToList();
            await index.WriteAsync(db, batchDocuments, cancellationToken);
            count += batchDocuments.Count;
            after = batch[^1].Id;
        }

        changes.Add(IndexRebuilt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await changes.PublishAsync(cancellationToken);
        logger.LogInformation("Search index rebuilt: {Count} items in {Elapsed}", count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return count;
    }
}
