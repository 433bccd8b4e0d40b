using System.Text.Json.Nodes;

namespace Portal.Core.Content.Definitions;

/// <summary>
/// The types Orchard Core's features create in code rather than in recipes (Menu, LinkMenuItem, Taxonomy),
/// so recipes written for Orchard Core can use them without defining them.
/// </summary>
public static class BuiltInContentTypes
{
    /// <summary>Adds each built-in type the document does not define yet.</summary>
    public static ContentDefinitionDocument AddMissingTo(ContentDefinitionDocument document)
    {
        foreach (var type in Create())
        {
            if (document.Type(type.Name) is null)
            {
                document.Types.Add(type);
            }
        }

        return document;
    }

    private static IEnumerable<ContentTypeDefinition> Create()
    {
        yield return Type("Menu", "Menu", null, "TitlePart", "AliasPart", "MenuPart", "MenuItemsListPart");
        yield return Type("LinkMenuItem", "Liên kết", "MenuItem", "LinkMenuItemPart");
        yield return Type("Taxonomy", "Phân loại", null, "TitlePart", "AliasPart", "AutoroutePart", "TaxonomyPart");
    }

    private static ContentTypeDefinition Type(string name, string displayName, string? stereotype, params string[] parts)
    {
        var typeSettings = new JsonObject { ["Creatable"] = stereotype is null, ["Listable"] = stereotype is null, ["Draftable"] = true };
        if (stereotype is not null)
        {
            typeSettings["Stereotype"] = stereotype;
        }

        return new ContentTypeDefinition
        {
            Name = name,
            DisplayName = displayName,
            Settings = new JsonObject { ["ContentTypeSettings"] = typeSettings },
            Parts = parts.Select((part, index) => new ContentTypePartDefinition
            {
                Name = part,
                PartName = part,
                Settings = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = index.ToString() } },
            }).ToList(),
        };
    }
}
