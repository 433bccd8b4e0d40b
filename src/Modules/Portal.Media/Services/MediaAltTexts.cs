using System.Text.Json.Nodes;
using Portal.Core.Documents;

namespace Portal.Media.Services;

/// <summary>
/// The alternative text of each library file, kept in the <c>MediaLibrary</c> document so that every web node
/// sees the same texts (the cache follows the change log). A MediaField copies it when an editor picks the file.
/// </summary>
public sealed class MediaAltTexts(DocumentCache cache, DocumentStore store)
{
    public const string DocumentId = "MediaLibrary";

    /// <summary>Every text by path, shared and read-only.</summary>
    public Task<IReadOnlyDictionary<string, string>> GetAllAsync() => cache.GetAsync<IReadOnlyDictionary<string, string>>(DocumentId, Parse);

    /// <summary>Sets (or with an empty text, removes) texts in the current unit of work; the caller saves.</summary>
    public async Task SetAsync(IEnumerable<KeyValuePair<string, string?>> texts, CancellationToken cancellationToken = default)
    {
        var json = await store.LoadAsync(DocumentId, cancellationToken) ?? [];
        if (json["AltTexts"] is not JsonObject all)
        {
            all = [];
            json["AltTexts"] = all;
        }

        foreach (var (path, text) in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                all.Remove(path);
            }
            else
            {
                all[path] = text.Trim();
            }
        }

        await store.SaveAsync(DocumentId, json, cancellationToken);
    }

    private static IReadOnlyDictionary<string, string> Parse(JsonObject? json) =>
        (json?["AltTexts"] as JsonObject ?? []).Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.ToString(), StringComparer.Ordinal);
}
