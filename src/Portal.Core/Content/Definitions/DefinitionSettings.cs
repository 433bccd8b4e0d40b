using System.Globalization;
using System.Text.Json.Nodes;

namespace Portal.Core.Content.Definitions;

/// <summary>Reads settings values written by Orchard Core, which stores booleans and numbers as strings as often as not.</summary>
public static class DefinitionSettings
{
    /// <summary>True for <c>true</c> and <c>"True"</c>.</summary>
    public static bool IsTrue(JsonNode? node) => node is JsonValue value &&
        ((value.TryGetValue<bool>(out var b) && b) ||
         (value.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed) && parsed));

    /// <summary>The <c>Position</c> of a settings object; items without one go last.</summary>
    public static double Position(JsonNode? settings)
    {
        var node = (settings as JsonObject)?["Position"];
        if (node is JsonValue value)
        {
            if (value.TryGetValue<double>(out var number))
            {
                return number;
            }

            if (value.TryGetValue<string>(out var text) &&
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            {
                return number;
            }
        }

        return double.MaxValue;
    }
}
