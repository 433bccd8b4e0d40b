using System.Text.Json.Nodes;

namespace Portal.Core.Content.Definitions;

/// <summary>A field of a part: <see cref="Name"/> is the key in the part JSON, <see cref="FieldName"/> its kind (TextField...).</summary>
public sealed class ContentPartFieldDefinition
{
    public string Name { get; set; } = "";
    public string FieldName { get; set; } = "";
    public JsonObject Settings { get; set; } = [];

    private JsonObject? Common => Settings["ContentPartFieldSettings"] as JsonObject;

    /// <summary>The label shown to editors; the field name when none is set.</summary>
    public string DisplayName => Common?["DisplayName"]?.ToString() is { Length: > 0 } name ? name : Name;

    /// <summary>The editor variant ("TextArea", "Wysiwyg"...), or null for the default.</summary>
    public string? Editor => Common?["Editor"]?.ToString();

    /// <summary>The help text shown under the field.</summary>
    public string? Hint => (Settings[FieldName + "Settings"] as JsonObject)?["Hint"]?.ToString() ?? Common?["Description"]?.ToString();

    /// <summary>The position from <c>ContentPartFieldSettings.Position</c>.</summary>
    public double Position => DefinitionSettings.Position(Common);

    /// <summary>The settings specific to the field kind, e.g. <c>TaxonomyFieldSettings</c>.</summary>
    public JsonObject? KindSettings => Settings[FieldName + "Settings"] as JsonObject;

    /// <summary>Whether the field must have a value.</summary>
    public bool Required => DefinitionSettings.IsTrue(KindSettings?["Required"]);
}
