using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>A Markdown body in a plain text area.</summary>
public sealed class MarkdownBodyPartEditor : IContentEditor
{
    public string Kind => "MarkdownBodyPart";

    public string? PartProperty => "Markdown";

    public string DefaultLabel => "Nội dung (Markdown)";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Markdown")) is { } text)
        {
            target["Markdown"] = text;
        }
    }
}
