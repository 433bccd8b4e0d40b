namespace Portal.Core.Recipes.Export;

/// <summary>What to export.</summary>
public sealed class RecipeExportOptions
{
    /// <summary>Only these content types (their definitions and items); null or empty for every type.</summary>
    public IReadOnlyList<string>? ContentTypes { get; init; }

    /// <summary>False to export the site's structure without its content items.</summary>
    public bool IncludeContent { get; init; } = true;

    public RecipeExportFileMode Files { get; init; } = RecipeExportFileMode.BesideRecipe;

    /// <summary>The folder, relative to the recipe, that files written beside it go into.</summary>
    public string FilesFolder { get; init; } = "files";
}
