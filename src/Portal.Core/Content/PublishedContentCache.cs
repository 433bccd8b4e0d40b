using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portal.Core.Caching;
using Portal.Core.Changes;
using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>
/// Published items in memory, bounded in count so 100,000 articles do not fill the heap, and only from their second
/// request on (<see cref="CacheDoorkeeper"/>). The items are shared: readers must not change them
/// (<see cref="ContentItem.Clone"/> first).
/// </summary>
public sealed class PublishedContentCache(PortalContextFactory<PortalDbContext> contexts) : IChangeListener, IDisposable
{
    /// <summary>How many items stay in memory at most.</summary>
    public const int Capacity = 2000;

    // One item is what a page asks for: a compiled query skips EF's translation of the expression on every miss.
    // Not static: it is compiled for the provider of the first context it runs on, and each host has its own.
    private readonly Func<PortalDbContext, string, Task<ContentItemRecord?>> publishedVersion =
        EF.CompileAsyncQuery((PortalDbContext db, string id) => db.ContentItems.AsNoTracking().FirstOrDefault(r => r.Published && r.ContentItemId == id));

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private readonly CacheDoorkeeper doorkeeper = new();

    /// <summary>The published version, or null when the item is not published.</summary>
    public async Task<ContentItem?> GetAsync(string contentItemId) =>
        (await GetManyAsync([contentItemId])).FirstOrDefault();

    /// <summary>The published versions of the items that are published, in the order asked.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyList<string> contentItemIds)
    {
        var found = new Dictionary<string, ContentItem?>();
        var missing = new List<string>();
        foreach (var id in contentItemIds.Distinct())
        {
            if (cache.TryGetValue(id, out ContentItem? item))
            {
                found[id] = item;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            await using var db = contexts.CreateForReading();
            var rows = missing.Count == 1
                ? (await publishedVersion(db, missing[0]) is { } row ? [row] : [])
                : await db.ContentItems.AsNoTracking().Where(r => r.Published && missing.Contains(r.ContentItemId)).ToListAsync();
            var loaded = rows.ToDictionary(r => r.ContentItemId, ContentRecords.ToItem);
            foreach (var id in missing)
            {
                var item = loaded.GetValueOrDefault(id);
                if (doorkeeper.Admit(id))
                {
                    // Absent items are remembered too, so a stream of requests for a removed item stays in memory.
                    cache.Set(id, item, new MemoryCacheEntryOptions { Size = 1 });
                }

                found[id] = item;
            }
        }

        return contentItemIds.Select(id => found.GetValueOrDefault(id)).OfType<ContentItem>().ToList();
    }

    public Task OnChangedAsync(IReadOnlyCollection<Change> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes.Where(c => c.Kind == Change.ContentKind))
        {
            if (change.IsAll)
            {
                cache.Compact(1.0);
            }
            else
            {
                cache.Remove(change.Key);
            }
        }

        return Task.CompletedTask;
    }

    public void Dispose() => cache.Dispose();
}
