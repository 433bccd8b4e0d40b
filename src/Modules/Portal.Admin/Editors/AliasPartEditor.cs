using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>The AliasPart's Alias: one line of text.</summary>
public sealed class AliasPartEditor : IContentEditor
{
    public string Kind => "AliasPart";

    public string? PartProperty => "Alias";

    public string DefaultLabel => "Bí danh";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Alias")) is { } text)
        {
            target["Alias"] = text.Trim();
        }
    }
}
