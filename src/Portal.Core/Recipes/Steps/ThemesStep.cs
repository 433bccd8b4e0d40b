using Portal.Core.Settings;
using Portal.Core.Themes;

namespace Portal.Core.Recipes.Steps;

/// <summary><c>{"name": "themes", "site": "LienHiepHoi", "admin": "..."}</c>: the active themes. A theme that is not installed is reported and left out.</summary>
public sealed class ThemesStep(SiteSettingsManager settings, IThemeCatalog themes) : IRecipeStep
{
    public string Name => "themes";

    public Task ValidateAsync(RecipeStepContext context)
    {
        if (Theme(context, "site") is { } site)
        {
            if (themes.Exists(site))
            {
                context.StepReport.Details.Add($"giao diện trang: {site}");
            }
            else
            {
                context.AddWarning($"giao diện '{site}' chưa được cài; trang dùng giao diện {themes.DefaultTheme}.");
            }
        }

        return Task.CompletedTask;
    }

    public Task ApplyAsync(RecipeStepContext context) => settings.UpdateAsync(json =>
    {
        if (Theme(context, "site") is { } site && themes.Exists(site))
        {
            json["SiteTheme"] = site;
        }

        if (Theme(context, "admin") is { } admin)
        {
            json["AdminTheme"] = admin;
        }
    });

    private static string? Theme(RecipeStepContext context, string key) =>
        context.Get(key)?.ToString() is { Length: > 0 } name ? name : null;
}
