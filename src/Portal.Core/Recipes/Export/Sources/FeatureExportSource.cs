using System.Text.Json.Nodes;
using Portal.Core.Modules;

namespace Portal.Core.Recipes.Export.Sources;

/// <summary>The <c>feature</c> step: which of this site's features are on and off (ours ids; the core is always on).</summary>
public sealed class FeatureExportSource(FeatureCatalog catalog, FeatureState state) : IRecipeExportSource
{
    public int Order => RecipeExportOrder.Features;

    public Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var features = catalog.All.Where(f => !f.AlwaysEnabled).ToList();
        var enabled = features.Where(f => state.IsEnabled(f.Id)).Select(f => f.Id).ToList();
        var disabled = features.Where(f => !state.IsEnabled(f.Id)).Select(f => f.Id).ToList();
        context.AddStep(new JsonObject
        {
            ["name"] = "feature",
            ["enable"] = Ids(enabled),
            ["disable"] = Ids(disabled),
        }, $"bật {enabled.Count}, tắt {disabled.Count} tính năng");
        return Task.CompletedTask;
    }

    private static JsonArray Ids(IEnumerable<string> ids) => new(ids.Order(StringComparer.Ordinal).Select(id => (JsonNode)id).ToArray());
}
