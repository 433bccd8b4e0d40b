using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>An HtmlField, written in the WYSIWYG editor; sanitized by the core on save.</summary>
public sealed class HtmlFieldEditor : IContentEditor
{
    public string Kind => "HtmlField";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Html")) is { } html)
        {
            target["Html"] = html;
        }
    }
}
