using System.Text.Json.Nodes;

namespace Portal.Core.Json;

/// <summary>Case-insensitive access to JSON objects: real recipes write both <c>data</c> and <c>Data</c>.</summary>
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
}
