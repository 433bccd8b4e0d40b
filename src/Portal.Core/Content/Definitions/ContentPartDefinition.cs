using System.Text.Json.Nodes;

namespace Portal.Core.Content.Definitions;

/// <summary>A reusable part with fields. A type's own part (named after the type) holds its fields.</summary>
public sealed class ContentPartDefinition
{
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];
    public List<ContentPartFieldDefinition> Fields { get; set; } = [];

    /// <summary>Fields ordered by their position setting, then by declaration.</summary>
    public IEnumerable<ContentPartFieldDefinition> OrderedFields() =>
        Fields.Select((field, index) => (field, index)).OrderBy(x => x.field.Position).ThenBy(x => x.index).Select(x => x.field);
}
