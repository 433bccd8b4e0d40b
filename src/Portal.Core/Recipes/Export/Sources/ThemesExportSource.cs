using System.Text.Json.Nodes;
using Portal.Core.Settings;
using Portal.Core.Themes;

namespace Portal.Core.Recipes.Export.Sources;

/// <summary>The <c>themes</c> step: the site's theme (and the admin theme when one is set).</summary>
public sealed class ThemesExportSource(SiteSettingsManager settings, IThemeCatalog themes) : IRecipeExportSource
{
    public int Order => RecipeExportOrder.Themes;

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync();
        var theme = site.SiteTheme is { } name && themes.Exists(name) ? name : themes.DefaultTheme;
        var step = new JsonObject { ["name"] = "themes", ["site"] = theme };
        if (site.AdminTheme is { } admin)
        {
            step["admin"] = admin;
        }

        context.AddStep(step, $"giao diện {theme}");
    }
}
