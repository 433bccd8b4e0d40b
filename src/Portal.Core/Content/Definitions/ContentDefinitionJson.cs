using System.Text.Json.Nodes;
using Portal.Core.Json;

namespace Portal.Core.Content.Definitions;

/// <summary>
/// Reads and writes content definitions in the shape of Orchard Core's <c>ContentDefinition</c> recipe step.
/// Reading accepts the older flat settings form and moves it into the nested one.
/// </summary>
public static class ContentDefinitionJson
{
    private static readonly string[] FlatTypeSettings =
        ["Creatable", "Listable", "Draftable", "Versionable", "Securable", "Stereotype", "Enabled", "Description"];

    private static readonly string[] FlatPartSettings = ["Position", "Editor", "DisplayMode", "DisplayName", "Description"];

    private static readonly string[] FlatFieldSettings = ["DisplayName", "Position", "Editor", "DisplayMode", "Description", "Hint"];

    /// <summary>Reads a type from <c>{Name, DisplayName, Settings, ContentTypePartDefinitionRecords}</c>.</summary>
    public static ContentTypeDefinition ReadType(JsonObject json)
    {
        var type = new ContentTypeDefinition
        {
            Name = Text(json, "Name"),
            DisplayName = Text(json, "DisplayName"),
            Settings = Nest(Obj(json, "Settings"), "ContentTypeSettings", FlatTypeSettings),
        };
        if (string.IsNullOrEmpty(type.DisplayName))
        {
            type.DisplayName = type.Name;
        }

        foreach (var record in Arr(json, "ContentTypePartDefinitionRecords").OfType<JsonObject>())
        {
            var partName = Text(record, "PartName");
            var name = Text(record, "Name");
            type.Parts.Add(new ContentTypePartDefinition
            {
                PartName = string.IsNullOrEmpty(partName) ? name : partName,
                Name = string.IsNullOrEmpty(name) ? partName : name,
                Settings = Nest(Obj(record, "Settings"), "ContentTypePartSettings", FlatPartSettings),
            });
        }

        return type;
    }

    /// <summary>Reads a part from <c>{Name, Settings, ContentPartFieldDefinitionRecords}</c>.</summary>
    public static ContentPartDefinition ReadPart(JsonObject json)
    {
        var part = new ContentPartDefinition { Name = Text(json, "Name"), Settings = Clone(Obj(json, "Settings")) };
        foreach (var record in Arr(json, "ContentPartFieldDefinitionRecords").OfType<JsonObject>())
        {
            part.Fields.Add(new ContentPartFieldDefinition
            {
                FieldName = Text(record, "FieldName"),
                Name = Text(record, "Name"),
                Settings = Nest(Obj(record, "Settings"), "ContentPartFieldSettings", FlatFieldSettings),
            });
        }

        return part;
    }

    /// <summary>Writes a type in the recipe shape.</summary>
    public static JsonObject WriteType(ContentTypeDefinition type) => new()
    {
        ["Name"] = type.Name,
        ["DisplayName"] = type.DisplayName,
        ["Settings"] = type.Settings.DeepClone(),
        ["ContentTypePartDefinitionRecords"] = new JsonArray(type.Parts.Select(p => (JsonNode)new JsonObject
        {
            ["PartName"] = p.PartName,
            ["Name"] = p.Name,
            ["Settings"] = p.Settings.DeepClone(),
        }).ToArray()),
    };

    /// <summary>Writes a part in the recipe shape.</summary>
    public static JsonObject WritePart(ContentPartDefinition part) => new()
    {
        ["Name"] = part.Name,
        ["Settings"] = part.Settings.DeepClone(),
        ["ContentPartFieldDefinitionRecords"] = new JsonArray(part.Fields.Select(f => (JsonNode)new JsonObject
        {
            ["FieldName"] = f.FieldName,
            ["Name"] = f.Name,
            ["Settings"] = f.Settings.DeepClone(),
        }).ToArray()),
    };

    /// <summary>Deep merge: objects merge key by key, anything else (arrays included) is replaced.</summary>
    public static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            var existingKey = target.FindKey(key) ?? key;
            if (value is JsonObject sourceObject && target[existingKey] is JsonObject targetObject)
            {
                Merge(targetObject, sourceObject);
            }
            else
            {
                target[existingKey] = value?.DeepClone();
            }
        }
    }

    private static JsonObject Nest(JsonObject? settings, string section, string[] flatNames)
    {
        var result = Clone(settings);
        foreach (var name in flatNames)
        {
            var key = result.FindKey(name);
            if (key is null)
            {
                continue;
            }

            var value = result[key];
            result.Remove(key);
            if (result[section] is not JsonObject nested)
            {
                nested = [];
                result[section] = nested;
            }

            nested[name] ??= value;
        }

        return result;
    }

    private static JsonObject Clone(JsonObject? json) => json?.DeepClone() as JsonObject ?? [];

    private static string Text(JsonObject json, string name) => json.GetString(name) ?? "";

    private static JsonObject? Obj(JsonObject json, string name) => json.GetIgnoreCase(name) as JsonObject;

    private static JsonArray Arr(JsonObject json, string name) => json.GetIgnoreCase(name) as JsonArray ?? [];
}
