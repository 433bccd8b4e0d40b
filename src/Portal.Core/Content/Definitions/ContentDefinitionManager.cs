using System.Text.Json.Nodes;
using Portal.Core.Documents;

namespace Portal.Core.Content.Definitions;

/// <summary>Reads the cached content definitions and saves changed ones in the current unit of work.</summary>
public sealed class ContentDefinitionManager(DocumentCache cache, DocumentStore store)
{
    public const string DocumentId = "ContentDefinition";

    // Saved in this unit of work but not committed yet: this scope reads it, other scopes still see the cache.
    private ContentDefinitionDocument? saved;

    /// <summary>The current definitions, shared and read-only: <see cref="ContentDefinitionDocument.Clone"/> before changing.</summary>
    public async Task<ContentDefinitionDocument> GetAsync() => saved ?? await cache.GetAsync(DocumentId, Parse);

    /// <summary>The type of that name, or null.</summary>
    public async Task<ContentTypeDefinition?> GetTypeAsync(string name) => (await GetAsync()).Type(name);

    /// <summary>The stored definitions read in the current unit of work, for changing and saving.</summary>
    public async Task<ContentDefinitionDocument> LoadForUpdateAsync(CancellationToken cancellationToken = default) =>
        Parse(await store.LoadAsync(DocumentId, cancellationToken));

    /// <summary>Stores a changed copy of the definitions (the caller saves the context).</summary>
    public async Task SaveAsync(ContentDefinitionDocument document, CancellationToken cancellationToken = default)
    {
        await store.SaveAsync(DocumentId, document.ToJson(), cancellationToken);
        saved = document;
    }

    private static ContentDefinitionDocument Parse(JsonObject? json) =>
        BuiltInContentTypes.AddMissingTo(json is null ? new ContentDefinitionDocument() : ContentDefinitionDocument.FromJson(json));
}
