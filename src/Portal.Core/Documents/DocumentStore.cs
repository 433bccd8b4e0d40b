using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Changes;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Core.Documents;

/// <summary>
/// Reads and writes single JSON documents (content definitions, site settings, features) in the current
/// unit of work. Reads for rendering go through <see cref="DocumentCache"/> instead.
/// </summary>
public sealed class DocumentStore(PortalDbContext db, PendingChanges changes)
{
    /// <summary>The stored document, or null if it was never saved.</summary>
    public async Task<JsonObject?> LoadAsync(string id, CancellationToken cancellationToken = default)
    {
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return record is null ? null : JsonNode.Parse(record.Data) as JsonObject;
    }

    /// <summary>Stores the document in the current unit of work; the caller saves the context.</summary>
    public async Task SaveAsync(string id, JsonObject data, CancellationToken cancellationToken = default)
    {
        var text = data.ToJsonString(ContentJson.Options);
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (record is null)
        {
            db.Documents.Add(new DocumentRecord { Id = id, Data = text, Version = 1 });
        }
        else if (record.Data != text)
        {
            record.Data = text;
            record.Version++;
        }
        else
        {
            return;
        }

        changes.Add(Change.Document(id));
    }
}
