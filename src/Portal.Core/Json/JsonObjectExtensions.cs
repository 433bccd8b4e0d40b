using System.Text.Json.Nodes;

namespace Portal.Core.Json;

/// <summary>
/// Access to JSON objects: case-insensitive reads (real recipes write both <c>data</c> and <c>Data</c>), and the
/// object or array under a name, made when missing, for code that edits items in place.
/// </summary>
public static class JsonObjectExtensions
{
    /// <summary>The value of the first property whose name matches, ignoring case; null if none.</summary>
    public static JsonNode? GetIgnoreCase(this JsonObject json, string name)
    {
        if (json.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in json)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The string value of a property (ignoring case), or null when missing or empty.</summary>
    public static string? GetString(this JsonObject json, string name) =>
        json.GetIgnoreCase(name) switch
        {
            JsonValue value when value.TryGetValue<string>(out var text) => string.IsNullOrEmpty(text) ? null : text,
            null => null,
            var other => other.ToString(),
        };

    /// <summary>The key of the property whose name matches ignoring case, or null.</summary>
    public static string? FindKey(this JsonObject json, string name) =>
        json.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The object under that exact name; a new empty one is put there when missing or not an object.</summary>
    public static JsonObject GetOrCreateObject(this JsonObject json, string name) => GetOrCreate(json, name, () => new JsonObject());

    /// <summary>The array under that exact name; a new empty one is put there when missing or not an array.</summary>
    public static JsonArray GetOrCreateArray(this JsonObject json, string name) => GetOrCreate(json, name, () => new JsonArray());

    private static T GetOrCreate<T>(JsonObject json, string name, Func<T> create) where T : JsonNode
    {
        if (json[name] is not T node)
        {
            node = create();
            json[name] = node;
        }

        return node;
    }
}
