using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>The TitlePart's Title: one line of text.</summary>
public sealed class TitlePartEditor : IContentEditor
{
    public string Kind => "TitlePart";

    public string? PartProperty => "Title";

    public string DefaultLabel => "Tiêu đề";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Title")) is { } text)
        {
            target["Title"] = text.Trim();
        }
    }
}
