using System.Text.Json.Nodes;
using Portal.Core.Content.Definitions;

namespace Portal.Core.Recipes.Export.Sources;

/// <summary>The <c>ContentDefinition</c> step: the exported types and the parts they use (every part for a whole-site export).</summary>
public sealed class ContentDefinitionExportSource(ContentDefinitionManager definitions) : IRecipeExportSource
{
    public int Order => RecipeExportOrder.ContentDefinitions;

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var document = await definitions.GetAsync();
        var types = document.Types.Where(t => context.Includes(t.Name)).ToList();
        var wholeSite = context.Options.ContentTypes is not { Count: > 0 };
        var usedParts = types.SelectMany(t => t.Parts).Select(p => p.PartName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parts = document.Parts.Where(p => wholeSite || usedParts.Contains(p.Name)).ToList();
        context.AddStep(new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = new JsonArray(types.Select(t => (JsonNode)ContentDefinitionJson.WriteType(t)).ToArray()),
            ["ContentParts"] = new JsonArray(parts.Select(p => (JsonNode)ContentDefinitionJson.WritePart(p)).ToArray()),
        }, $"{types.Count} loại nội dung, {parts.Count} phần");
    }
}
