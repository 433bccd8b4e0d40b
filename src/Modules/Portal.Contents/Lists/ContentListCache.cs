using Microsoft.Extensions.Caching.Memory;
using Portal.Core.Changes;

namespace Portal.Contents.Lists;

/// <summary>
/// Results of list queries (ids of a page, counts) kept in memory until any content changes. Keys carry a
/// generation number, so a query that started before a change can never put a stale result back.
/// </summary>
public sealed class ContentListCache : IChangeListener, IDisposable
{
    /// <summary>How many results stay in memory at most (a result is one page of ids or one count).</summary>
    public const int Capacity = 20_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private long generation;

    /// <summary>
    /// The cached result for <paramref name="key"/>, loaded once per generation; with a <paramref name="lifetime"/>,
    /// dropped after it even if no content changed (results that depend on the time, keyed by it).
    /// </summary>
    public async Task<T> GetOrLoadAsync<T>(string key, Func<Task<T>> load, TimeSpan? lifetime = null)
    {
        var fullKey = $"{Interlocked.Read(ref generation)}:{key}";
        if (cache.TryGetValue(fullKey, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await load();
        cache.Set(fullKey, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
        return value;
    }

    public Task OnChangedAsync(IReadOnlyCollection<Change> changes, CancellationToken cancellationToken)
    {
        if (changes.Any(c => c.Kind == Change.ContentKind))
        {
            Interlocked.Increment(ref generation);
            cache.Compact(1.0);
        }

        return Task.CompletedTask;
    }

    public void Dispose() => cache.Dispose();
}
