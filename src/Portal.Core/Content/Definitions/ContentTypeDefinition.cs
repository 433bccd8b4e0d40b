using System.Text.Json.Nodes;

namespace Portal.Core.Content.Definitions;

/// <summary>A content type: its parts in order, and its settings (Orchard's nested settings form).</summary>
public sealed class ContentTypeDefinition
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    /// <summary>Settings keyed by settings name, e.g. <c>ContentTypeSettings</c>.</summary>
    public JsonObject Settings { get; set; } = [];
    public List<ContentTypePartDefinition> Parts { get; set; } = [];

    /// <summary>A setting of <c>ContentTypeSettings</c> (Creatable, Listable, Draftable, Versionable, Stereotype...).</summary>
    public JsonNode? TypeSetting(string name) => (Settings["ContentTypeSettings"] as JsonObject)?[name];

    /// <summary>The stereotype ("Widget", "MenuItem"...), or null for ordinary content.</summary>
    public string? Stereotype => TypeSetting("Stereotype")?.ToString();

    /// <summary>Whether editors may create items of this type from the dashboard.</summary>
    public bool Creatable => DefinitionSettings.IsTrue(TypeSetting("Creatable"));

    /// <summary>Whether items of this type are listed in the dashboard.</summary>
    public bool Listable => DefinitionSettings.IsTrue(TypeSetting("Listable"));

    /// <summary>The part of that name (a part name is unique within a type), or null.</summary>
    public ContentTypePartDefinition? Part(string name) =>
        Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the type has a part whose part definition is <paramref name="partName"/>.</summary>
    public bool HasPart(string partName) =>
        Parts.Any(p => string.Equals(p.PartName, partName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parts ordered by their position setting, then by declaration.</summary>
    public IEnumerable<ContentTypePartDefinition> OrderedParts() =>
        Parts.Select((part, index) => (part, index)).OrderBy(x => x.part.Position).ThenBy(x => x.index).Select(x => x.part);
}
