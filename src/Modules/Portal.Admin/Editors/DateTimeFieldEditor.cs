using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Admin.Editors;

/// <summary>A date and time, typed in Vietnamese local time and stored in UTC as Orchard Core does.</summary>
public sealed class DateTimeFieldEditor(SiteSettingsManager settings) : IContentEditor
{
    public string Kind => "DateTimeField";

    public async Task PrepareAsync(EditorSlot slot)
    {
        var zone = VietnameseDates.FindTimeZone((await settings.GetAsync()).TimeZoneId);
        slot.Data = LocalTime.ToInput(ContentJson.AsDate(slot.Value["Value"]), zone);
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
        else if (LocalTime.ParseLocal(text, context.TimeZone) is { } utc)
        {
            target["Value"] = ContentJson.FormatDate(utc);
        }
        else
        {
            context.AddError(slot, $"{slot.Label}: ngày giờ không hợp lệ (ví dụ 27/11/2026 09:25).");
        }
    }
}
