using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Core.Content;

namespace Portal.Admin.Editors;

/// <summary>A calendar date (no time, no time zone).</summary>
public sealed class DateFieldEditor : IContentEditor
{
    public string Kind => "DateField";

    public Task PrepareAsync(EditorSlot slot)
    {
        slot.Data = ContentJson.AsDate(slot.Value["Value"])?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return Task.CompletedTask;
    }

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Value")) is not { } text)
        {
            return;
        }

        if (text.Trim().Length == 0)
        {
            target["Value"] = null;
        }
        else if (LocalTime.ParseDate(text) is { } date)
        {
            target["Value"] = ContentJson.FormatDate(date);
        }
        else
        {
            context.AddError(slot, $"{slot.Label}: ngày không hợp lệ (ví dụ 27/11/2026).");
        }
    }
}
