using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>
/// The editor of one part or field kind: its view is <c>Editors/_&lt;Kind&gt;.cshtml</c>; it reads its inputs from the
/// form into the item's JSON, keeping any property it does not edit (values imported from Orchard Core stay).
/// </summary>
public interface IContentEditor
{
    /// <summary>The part or field kind ("TitlePart", "TextField"...).</summary>
    string Kind { get; }

    /// <summary>For part editors, the property whose errors are keyed "Part.Property" (TitlePart → "Title"); null for fields.</summary>
    string? PartProperty => null;

    /// <summary>The label for a part editor when the definition gives none.</summary>
    string DefaultLabel => Kind;

    /// <summary>Loads what the view needs besides the value (choices, titles of picked items).</summary>
    Task PrepareAsync(EditorSlot slot) => Task.CompletedTask;

    /// <summary>Writes the submitted values into <paramref name="target"/> (the part or field object).</summary>
    void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context);
}
