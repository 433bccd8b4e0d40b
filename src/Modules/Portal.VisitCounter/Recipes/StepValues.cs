using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.VisitCounter.Recipes;

/// <summary>Reading the values an admin writes in a <c>VisitCounter</c> step, and showing them back in an error.</summary>
internal static class StepValues
{
    /// <summary>The value as the admin wrote it: text in quotes with its accents (not JSON escapes), anything else as JSON.</summary>
    public static string Describe(JsonNode? node) =>
        node is null ? "null"
        : node is JsonValue value && value.TryGetValue<string>(out var text) ? $"\"{text}\""
        : node.ToJsonString();

    /// <summary>A whole number written as a JSON number or as digits in a string (what an expression yields); otherwise null.</summary>
    public static long? WholeNumber(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.GetValueKind() == JsonValueKind.Number)
        {
            return value.TryGetValue<long>(out var number) ? number
                : value.TryGetValue<decimal>(out var dec) && dec == decimal.Truncate(dec) && dec is >= long.MinValue and <= long.MaxValue ? (long)dec
                : null;
        }

        return value.TryGetValue<string>(out var text) && long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>A calendar day written <c>yyyy-MM-dd</c>; otherwise null.</summary>
    public static DateOnly? Day(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
