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

    /// <summary>"1.200" and "1.200,5" are read the Vietnamese way (dots group thousands, a comma marks decimals); "1.5" and "1200" as written.</summary>
    private static bool TryParse(string text, out decimal number)
    {
        var vietnamese = System.Text.RegularExpressions.Regex.IsMatch(text, @"^-?\d{1,3}(\.\d{3})+(,\d+)?$") || (text.Contains(',') && !text.Contains('.'));
        var culture = vietnamese ? CultureInfo.GetCultureInfo("vi-VN") : CultureInfo.InvariantCulture;
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | (vietnamese ? NumberStyles.AllowThousands : 0), culture, out number);
    }

    private static decimal? Limit(EditorSlot slot, string name) =>
        slot.Settings[name] is JsonValue v && decimal.TryParse(v.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var limit) ? limit : null;
}
