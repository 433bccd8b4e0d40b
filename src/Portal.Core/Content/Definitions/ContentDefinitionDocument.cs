using System.Text.Json.Nodes;
using Portal.Core.Json;

namespace Portal.Core.Content.Definitions;

/// <summary>All content types and parts of the site: one JSON document in the store, cached in memory.</summary>
public sealed class ContentDefinitionDocument
{
    public List<ContentTypeDefinition> Types { get; } = [];
    public List<ContentPartDefinition> Parts { get; } = [];

    /// <summary>The type of that name (case-insensitive), or null.</summary>
    public ContentTypeDefinition? Type(string? name) =>
        Types.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The part definition of that name (case-insensitive), or null.</summary>
    public ContentPartDefinition? Part(string? name) =>
        Parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds a type, or merges it into the existing one: settings merge, parts merge or are appended; nothing is removed.</summary>
    public void MergeType(ContentTypeDefinition incoming)
    {
        var existing = Type(incoming.Name);
        if (existing is null)
        {
            Types.Add(incoming);
            return;
        }

        if (!string.IsNullOrEmpty(incoming.DisplayName))
        {
            existing.DisplayName = incoming.DisplayName;
        }

        ContentDefinitionJson.Merge(existing.Settings, incoming.Settings);
        foreach (var part in incoming.Parts)
        {
            var current = existing.Part(part.Name);
            if (current is null)
            {
                existing.Parts.Add(part);
            }
            else
            {
                current.PartName = part.PartName;
                ContentDefinitionJson.Merge(current.Settings, part.Settings);
            }
        }
    }

    /// <summary>Adds a part, or merges it into the existing one (fields merge or are appended).</summary>
    public void MergePart(ContentPartDefinition incoming)
    {
        var existing = Part(incoming.Name);
        if (existing is null)
        {
            Parts.Add(incoming);
            return;
        }

        ContentDefinitionJson.Merge(existing.Settings, incoming.Settings);
        foreach (var field in incoming.Fields)
        {
            var current = existing.Fields.FirstOrDefault(f => string.Equals(f.Name, field.Name, StringComparison.OrdinalIgnoreCase));
            if (current is null)
            {
                existing.Fields.Add(field);
            }
            else
            {
                current.FieldName = field.FieldName;
                ContentDefinitionJson.Merge(current.Settings, field.Settings);
            }
        }
    }

    /// <summary>Puts the type in place of the one of that name (its settings and parts as given; a missing display name keeps the old one), or adds it.</summary>
    public void ReplaceType(ContentTypeDefinition incoming)
    {
        var index = Types.FindIndex(t => string.Equals(t.Name, incoming.Name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            Types.Add(incoming);
            return;
        }

        if (string.IsNullOrEmpty(incoming.DisplayName))
        {
            incoming.DisplayName = Types[index].DisplayName;
        }

        Types[index] = incoming;
    }

    /// <summary>Puts the part in place of the one of that name (its settings and fields as given), or adds it.</summary>
    public void ReplacePart(ContentPartDefinition incoming)
    {
        var index = Parts.FindIndex(p => string.Equals(p.Name, incoming.Name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            Parts.Add(incoming);
        }
        else
        {
            Parts[index] = incoming;
        }
    }

    /// <summary>Removes the type definition of that name (its items stay in the store); false when there is none.</summary>
    public bool RemoveType(string name) => Types.RemoveAll(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)) > 0;

    /// <summary>Removes the part definition of that name; false when there is none.</summary>
    public bool RemovePart(string name) => Parts.RemoveAll(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) > 0;

    /// <summary>The fields of a type: the fields of each of its parts, with the part they belong to.</summary>
    public IEnumerable<(ContentTypePartDefinition Part, ContentPartFieldDefinition Field)> FieldsOf(ContentTypeDefinition type) =>
        from typePart in type.OrderedParts()
        let partDefinition = Part(typePart.PartName)
        where partDefinition is not null
        from field in partDefinition.OrderedFields()
        select (typePart, field);

    /// <summary>Writes the document as <c>{ContentTypes: [...], ContentParts: [...]}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["ContentTypes"] = new JsonArray(Types.Select(t => (JsonNode)ContentDefinitionJson.WriteType(t)).ToArray()),
        ["ContentParts"] = new JsonArray(Parts.Select(p => (JsonNode)ContentDefinitionJson.WritePart(p)).ToArray()),
    };

    /// <summary>Reads a document or a ContentDefinition step body.</summary>
    public static ContentDefinitionDocument FromJson(JsonObject json)
    {
        var document = new ContentDefinitionDocument();
        foreach (var type in (json.GetIgnoreCase("ContentTypes") as JsonArray ?? []).OfType<JsonObject>())
        {
            document.MergeType(ContentDefinitionJson.ReadType(type));
        }

        foreach (var part in (json.GetIgnoreCase("ContentParts") as JsonArray ?? []).OfType<JsonObject>())
        {
            document.MergePart(ContentDefinitionJson.ReadPart(part));
        }

        return document;
    }

    /// <summary>A deep copy, so a change can be prepared without touching the cached document.</summary>
    public ContentDefinitionDocument Clone() => FromJson(ToJson());
}
