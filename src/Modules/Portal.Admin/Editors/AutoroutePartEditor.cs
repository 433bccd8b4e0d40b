using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Core.Routing;
using Portal.Core.Text;

namespace Portal.Admin.Editors;

/// <summary>The public path (slug): shown and editable; left empty, it is made from the title when saved. Uniqueness is checked by the core's AutoroutePartHandler.</summary>
public sealed class AutoroutePartEditor : IContentEditor
{
    public string Kind => "AutoroutePart";

    public string? PartProperty => "Path";

    public string DefaultLabel => "Đường dẫn (slug)";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Path")) is not { } path)
        {
            return;
        }

        var normalized = RoutePaths.Normalize(path);
        // An editor types "Tin Tức Mới/Bài số 1" and gets "tin-tuc-moi/bai-so-1", as a title would give. A path left as
        // it was stays untouched, even one a recipe wrote in another form: changing it would break its address.
        target["Path"] = normalized.Length == 0 ? null
            : normalized == target["Path"]?.ToString() ? normalized
            : string.Join('/', normalized.Split('/').Select(Slug.Create).Where(segment => segment.Length > 0)) is { Length: > 0 } slug ? slug : null;
    }
}
