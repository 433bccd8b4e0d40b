using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>Several values from the list in <c>MultiTextFieldSettings.Options</c> (each <c>{name, value}</c>).</summary>
public sealed class MultiTextFieldEditor : IContentEditor
{
    public string Kind => "MultiTextField";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (!form.ContainsKey(slot.Input("Present")))
        {
            return;
        }

        var allowed = Options(slot).Select(o => o.Value).ToHashSet();
        var values = FormValues.All(form, slot.Input("Values")).Where(allowed.Contains).Distinct();
        target["Values"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
    }

    /// <summary>The choices: (label, value).</summary>
    public static List<(string Name, string Value)> Options(EditorSlot slot) =>
        (slot.Settings["Options"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(o => (Name: o["name"]?.ToString() ?? o["Name"]?.ToString() ?? "", Value: o["value"]?.ToString() ?? o["Value"]?.ToString() ?? ""))
            .Where(o => o.Value.Length > 0).ToList();
}
