using System.Text.Json.Nodes;

namespace Portal.Admin.Editors;

/// <summary>
/// One editor of the content form, made from the type definition: a part (TitlePart...) or a field of a part
/// (Article.Summary). <see cref="Key"/> names its inputs and matches the keys of the save's validation errors.
/// </summary>
public sealed class EditorSlot
{
    /// <summary>"TitlePart.Title", "AutoroutePart.Path", "Article.Summary": inputs are named from it, errors are matched to it.</summary>
    public required string Key { get; init; }

    /// <summary>The part or field kind the editor is for ("TitlePart", "TextField"...).</summary>
    public required string Kind { get; init; }

    /// <summary>The part's name in the item JSON.</summary>
    public required string PartName { get; init; }

    /// <summary>The field's name inside the part, or null for a part editor.</summary>
    public string? FieldName { get; init; }

    public required string Label { get; init; }
    public string? Hint { get; init; }
    public bool Required { get; init; }

    /// <summary>The editor variant of the definition ("TextArea", "Wysiwyg"...).</summary>
    public string? Editor { get; init; }

    /// <summary>The kind's own settings (TaxonomyFieldSettings, AutoroutePartSettings...).</summary>
    public JsonObject Settings { get; init; } = [];

    /// <summary>The current value: the part object, or the field object inside the part.</summary>
    public JsonObject Value { get; set; } = [];

    public List<string> Errors { get; } = [];

    /// <summary>What the editor prepared for its view (choices, titles of picked items...).</summary>
    public object? Data { get; set; }

    /// <summary>The name of an input of this editor: <c>Article.Summary.Text</c> for a field, <c>TitlePart.Title</c> for a part.</summary>
    public string Input(string property) => FieldName is null ? $"{PartName}.{property}" : $"{Key}.{property}";

    /// <summary>The element id of an input (dots are awkward in CSS selectors).</summary>
    public string Id(string property = "") => ("f-" + Key + (property.Length > 0 ? "-" + property : "")).Replace('.', '-');

    /// <summary>The <c>data-testid</c> of the editor: <c>field-Article-Summary</c>.</summary>
    public string TestId => "field-" + Key.Replace('.', '-');

    /// <summary>A string property of the value.</summary>
    public string? Text(string property) => Value[property] is JsonValue v ? v.ToString() : null;
}
