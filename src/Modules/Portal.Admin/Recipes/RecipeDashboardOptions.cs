namespace Portal.Admin.Recipes;

/// <summary>The <c>Portal:Recipes</c> configuration section, for the dashboard's recipe pages.</summary>
public sealed class RecipeDashboardOptions
{
    public const string Section = "Portal:Recipes";

    /// <summary>
    /// Largest recipe an administrator may upload (16 MB by default): the whole file is held in memory and parsed, in a
    /// web request. Bigger recipes (a whole site with its media as Base64) are imported with <c>recipe import</c>.
    /// </summary>
    public long MaxUploadBytes { get; set; } = 16L * 1024 * 1024;
}
