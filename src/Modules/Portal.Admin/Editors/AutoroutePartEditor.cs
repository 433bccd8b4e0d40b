using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Core.Routing;

namespace Portal.Admin.Editors;

/// <summary>The public path (slug): shown and editable; left empty, it is made from the title when saved. Uniqueness is checked by the core's AutoroutePartHandler.</summary>
public sealed class AutoroutePartEditor : IContentEditor
{
    public string Kind => "AutoroutePart";

    public string? PartProperty => "Path";

    public string DefaultLabel => "Đường dẫn (slug)";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Path")) is { } path)
        {
            target["Path"] = RoutePaths.Normalize(path) is { Length: > 0 } normalized ? normalized : null;
        }
    }
}
