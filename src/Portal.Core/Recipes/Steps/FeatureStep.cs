using System.Text.Json.Nodes;
using Portal.Core.Documents;
using Portal.Core.Modules;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "feature", "enable": [...], "disable": [...]}</c>. Orchard Core ids map to ours where one stands
/// for them; ids nothing here stands for are listed in the report, never fatal.
/// </summary>
public sealed class FeatureStep(FeatureCatalog catalog, DocumentStore documents) : IRecipeStep
{
    public string Name => "feature";

    public Task ValidateAsync(RecipeStepContext context)
    {
        foreach (var list in new[] { "enable", "disable" })
        {
            var node = context.Get(list);
            if (node is not null and not JsonArray)
            {
                context.AddError(list, $"\"{list}\" phải là một danh sách mã tính năng.");
                continue;
            }

            foreach (var id in Ids(node))
            {
                if (catalog.Resolve(id) is null)
                {
                    context.Report.UnknownFeatures.Add(id);
                }
                else if (list == "disable" && catalog.Resolve(id)!.AlwaysEnabled)
                {
                    context.AddWarning($"tính năng '{id}' luôn bật, không tắt được.");
                }
            }
        }

        var enabled = Ids(context.Get("enable")).Select(catalog.Resolve).OfType<FeatureInfo>().Select(f => f.Id).Distinct().ToList();
        var disabled = Ids(context.Get("disable")).Select(catalog.Resolve).OfType<FeatureInfo>().Where(f => !f.AlwaysEnabled).Select(f => f.Id).Distinct().ToList();
        if (enabled.Count > 0)
        {
            context.StepReport.Details.Add($"bật: {string.Join(", ", enabled)}");
        }

        if (disabled.Count > 0)
        {
            context.StepReport.Details.Add($"tắt: {string.Join(", ", disabled)}");
        }

        return Task.CompletedTask;
    }

    public async Task ApplyAsync(RecipeStepContext context)
    {
        var json = await documents.LoadAsync(FeatureState.DocumentId) ?? [];
        var disabled = FeatureState.ReadDisabled(json).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var feature in Ids(context.Get("enable")).Select(catalog.Resolve).OfType<FeatureInfo>())
        {
            disabled.Remove(feature.Id);
        }

        foreach (var feature in Ids(context.Get("disable")).Select(catalog.Resolve).OfType<FeatureInfo>().Where(f => !f.AlwaysEnabled))
        {
            disabled.Add(feature.Id);
        }

        json["Disabled"] = new JsonArray(disabled.Order(StringComparer.Ordinal).Select(id => (JsonNode)id).ToArray());
        await documents.SaveAsync(FeatureState.DocumentId, json);
    }

    private static IEnumerable<string> Ids(JsonNode? node) =>
        (node as JsonArray ?? []).Select(n => n?.ToString()?.Trim()).Where(id => !string.IsNullOrEmpty(id))!;
}
