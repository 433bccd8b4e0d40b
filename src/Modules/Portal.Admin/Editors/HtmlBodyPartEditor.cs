using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>The body as HTML, written in the WYSIWYG editor (Quill); the core sanitizes it on save.</summary>
public sealed class HtmlBodyPartEditor : IContentEditor
{
    public string Kind => "HtmlBodyPart";

    public string? PartProperty => "Html";

    public string DefaultLabel => "Nội dung";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Html")) is { } html)
        {
            target["Html"] = html;
        }
    }
}
