using System.Text.Json.Nodes;
using Portal.Core.Settings;

namespace Portal.Core.Recipes.Export.Sources;

/// <summary>The <c>settings</c> step: every site setting and named section, except the themes (their own step).</summary>
public sealed class SettingsExportSource(SiteSettingsManager settings) : IRecipeExportSource
{
    private static readonly HashSet<string> ExportedElsewhere = new(StringComparer.OrdinalIgnoreCase) { "SiteTheme", "AdminTheme" };

    public int Order => RecipeExportOrder.Settings;

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync();
        var step = new JsonObject { ["name"] = "settings" };
        foreach (var (key, value) in site.Json)
        {
            if (!ExportedElsewhere.Contains(key) && !key.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                step[key] = value?.DeepClone();
            }
        }

        context.AddStep(step, $"{step.Count - 1} mục cài đặt");
    }
}
