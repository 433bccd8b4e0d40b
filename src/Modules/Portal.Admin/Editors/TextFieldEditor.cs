using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>A TextField: one line, or a text area when the definition says <c>Editor: TextArea</c>.</summary>
public sealed class TextFieldEditor : IContentEditor
{
    public string Kind => "TextField";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Text")) is { } text)
        {
            target["Text"] = slot.Editor is "TextArea" or "Multiline" ? text.TrimEnd() : text.Trim();
        }
    }
}
