using System.Text.Json.Nodes;
using Portal.Core.Documents;

namespace Portal.Core.Settings;

/// <summary>Reads the cached site settings and saves changes in the current unit of work.</summary>
public sealed class SiteSettingsManager(DocumentCache cache, DocumentStore store)
{
    /// <summary>The current settings, shared and read-only.</summary>
    public Task<SiteSettings> GetAsync() => cache.GetAsync(SiteSettings.DocumentId, json => new SiteSettings(json ?? []));

    /// <summary>Applies <paramref name="change"/> to a copy of the stored settings and saves it.</summary>
    public async Task UpdateAsync(Action<JsonObject> change, CancellationToken cancellationToken = default)
    {
        var json = await store.LoadAsync(SiteSettings.DocumentId, cancellationToken) ?? [];
        change(json);
        await store.SaveAsync(SiteSettings.DocumentId, json, cancellationToken);
    }
}
