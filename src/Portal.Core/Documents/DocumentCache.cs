using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Changes;
using Portal.Core.Data;

namespace Portal.Core.Documents;

/// <summary>
/// Parsed documents kept in memory and reloaded after a change (on this node or, through the change log,
/// on another). Callers must not modify what they get: clone before editing.
/// </summary>
public sealed class DocumentCache(PortalContextFactory<PortalDbContext> contexts) : IChangeListener
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> entries = new();

    /// <summary>The document parsed by <paramref name="parse"/>; a missing document is parsed from null.</summary>
    public async Task<T> GetAsync<T>(string id, Func<JsonObject?, T> parse) where T : class
    {
        var entry = entries.GetOrAdd(id, key => new Lazy<Task<object>>(async () => parse(await ReadAsync(key))));
        try
        {
            return (T)await entry.Value;
        }
        catch
        {
            entries.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(id, entry));
            throw;
        }
    }

    public Task OnChangedAsync(IReadOnlyCollection<Change> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes.Where(c => c.Kind == Change.DocumentKind))
        {
            if (change.IsAll)
            {
                entries.Clear();
            }
            else
            {
                entries.TryRemove(change.Key, out _);
            }
        }

        return Task.CompletedTask;
    }

    private async Task<JsonObject?> ReadAsync(string id)
    {
        await using var db = contexts.Create();
        var data = await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => d.Data).FirstOrDefaultAsync();
        return data is null ? null : JsonNode.Parse(data) as JsonObject;
    }
}
