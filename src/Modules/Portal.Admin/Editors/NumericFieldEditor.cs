using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>A number; "1.234,5" (Vietnamese) and "1234.5" are both read. Minimum and Maximum of the settings are checked.</summary>
public sealed class NumericFieldEditor : IContentEditor
{
    public string Kind => "NumericField";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Value")) is not { } text)
        {
            return;
        }

        text = text.Trim();
        if (text.Length == 0)
        {
            target["Value"] = null;
            return;
        }

        if (!TryParse(text, out var number))
        {
            context.AddError(slot, $"{slot.Label} phải là một số.");
            return;
        }

        if (Limit(slot, "Minimum") is { } min && number < min)
        {
            context.AddError(slot, $"{slot.Label} không được nhỏ hơn {min.ToString(CultureInfo.GetCultureInfo("vi-VN"))}.");
        }
        else if (Limit(slot, "Maximum") is { } max && number > max)
        {
            context.AddError(slot, $"{slot.Label} không được lớn hơn {max.ToString(CultureInfo.GetCultureInfo("vi-VN"))}.");
        }

        target["Value"] = number;
    }

    private static bool TryParse(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number) ||
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.GetCultureInfo("vi-VN"), out number);

    private static decimal? Limit(EditorSlot slot, string name) =>
        slot.Settings[name] is JsonValue v && decimal.TryParse(v.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var limit) ? limit : null;
}
