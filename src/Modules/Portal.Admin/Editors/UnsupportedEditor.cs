using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>For a part or field kind that has no editor here (imported from Orchard Core): its value is shown and kept as it is.</summary>
public sealed class UnsupportedEditor : IContentEditor
{
    public string Kind => "Unsupported";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
    }
}
