namespace Portal.Core.Recipes.Export;

/// <summary>How the files of an export (media) travel with the recipe.</summary>
public enum RecipeExportFileMode
{
    /// <summary>Beside the recipe, named by a relative <c>SourcePath</c> (a folder, or a zip for a download).</summary>
    BesideRecipe,

    /// <summary>Inside the recipe as <c>Base64</c>: one self-contained JSON file, larger by a third.</summary>
    Base64,
}
