using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Portal.Core.Content;

/// <summary>Converts content items to and from Orchard Core's JSON (metadata at the top, then the parts).</summary>
public static class ContentJson
{
    /// <summary>Options for parts and stored JSON: Vietnamese letters are written as they are.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly HashSet<string> MetadataNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "Owner", "Author", "CreatedUtc", "ModifiedUtc", "PublishedUtc", "Number",
    };

    /// <summary>True for the names of metadata properties (not parts).</summary>
    public static bool IsMetadata(string propertyName) => MetadataNames.Contains(propertyName);

    /// <summary>Reads an item; metadata names are matched case-insensitively, as real recipes vary.</summary>
    public static ContentItem FromJson(JsonObject json)
    {
        var item = new ContentItem();
        foreach (var (name, value) in json)
        {
            switch (name.ToLowerInvariant())
            {
                case "contentitemid": item.ContentItemId = AsString(value) ?? ""; break;
                case "contentitemversionid": item.ContentItemVersionId = AsString(value) ?? ""; break;
                case "contenttype": item.ContentType = AsString(value) ?? ""; break;
                case "displaytext": item.DisplayText = AsString(value) ?? ""; break;
                case "latest": item.Latest = AsBool(value); break;
                case "published": item.Published = AsBool(value); break;
                case "owner": item.Owner = AsString(value); break;
                case "author": item.Author = AsString(value); break;
                case "createdutc": item.CreatedUtc = AsDate(value); break;
                case "modifiedutc": item.ModifiedUtc = AsDate(value); break;
                case "publishedutc": item.PublishedUtc = AsDate(value); break;
                case "number": break;
                default: item.Content[name] = value?.DeepClone(); break;
            }
        }

        return item;
    }

    /// <summary>Parses stored JSON text.</summary>
    public static ContentItem FromJson(string json) =>
        FromJson(JsonNode.Parse(json) as JsonObject ?? throw new JsonException("A content item must be a JSON object."));

    /// <summary>Writes an item in Orchard Core's shape.</summary>
    public static JsonObject ToJson(ContentItem item)
    {
        var json = new JsonObject
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentItemVersionId"] = item.ContentItemVersionId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Latest"] = item.Latest,
            ["Published"] = item.Published,
            ["ModifiedUtc"] = FormatDate(item.ModifiedUtc),
            ["PublishedUtc"] = FormatDate(item.PublishedUtc),
            ["CreatedUtc"] = FormatDate(item.CreatedUtc),
            ["Owner"] = item.Owner,
            ["Author"] = item.Author,
        };
        foreach (var (name, value) in item.Content)
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    /// <summary>The whole item as JSON text, as stored in the Data column and exported.</summary>
    public static string ToText(ContentItem item) => ToJson(item).ToJsonString(Options);

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node?.ToString();

    private static bool AsBool(JsonNode? node) => node is JsonValue value && (
        (value.TryGetValue<bool>(out var b) && b) ||
        (value.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed) && parsed));

    /// <summary>Reads an ISO date as UTC; null for missing or unparsable values.</summary>
    public static DateTime? AsDate(JsonNode? node)
    {
        var text = AsString(node);
        return !string.IsNullOrWhiteSpace(text) &&
               DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : null;
    }

    /// <summary>Writes a UTC date the way Orchard Core does ("2026-11-27T02:25:00Z").</summary>
    public static string? FormatDate(DateTime? utc) =>
        utc?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
