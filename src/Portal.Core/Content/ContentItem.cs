using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Json;

namespace Portal.Core.Content;

/// <summary>
/// One version of a content item in Orchard Core's shape: metadata, and the parts keyed by name
/// in <see cref="Content"/> (fields live inside the part named after the type).
/// </summary>
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }

    /// <summary>
    /// The store's revision of this version when it was read; a save must carry it back unchanged,
    /// which is how a save on top of someone else's change is detected. Not part of the JSON.
    /// </summary>
    public long Revision { get; set; }

    /// <summary>The parts of the item, keyed by part name (TitlePart, AutoroutePart, Article...).</summary>
    public JsonObject Content { get; set; } = [];

    /// <summary>The part of that name, or null.</summary>
    public JsonObject? Part(string name) => Content[name] as JsonObject;

    /// <summary>The part of that name, created empty when missing.</summary>
    public JsonObject GetOrCreatePart(string name) => Content.GetOrCreateObject(name);

    /// <summary>Reads a part as a typed model (a missing part gives a new, empty model).</summary>
    public T As<T>(string? partName = null) where T : new()
    {
        var node = Content[partName ?? typeof(T).Name];
        return node is null ? new T() : node.Deserialize<T>(ContentJson.Options) ?? new T();
    }

    /// <summary>Writes a typed part model back into the item.</summary>
    public void Apply<T>(T part, string? partName = null) =>
        Content[partName ?? typeof(T).Name] = JsonSerializer.SerializeToNode(part, ContentJson.Options);

    /// <summary>A field inside a part: <c>item.Field("Article", "Summary")</c>.</summary>
    public JsonObject? Field(string partName, string fieldName) => Part(partName)?[fieldName] as JsonObject;

    /// <summary>A deep copy, so a cached item is never changed by the code that reads it.</summary>
    public ContentItem Clone() => ContentJson.FromJson(ContentJson.ToJson(this));
}
