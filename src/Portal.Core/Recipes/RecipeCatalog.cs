using Portal.Core.Modules;

namespace Portal.Core.Recipes;

/// <summary>The recipes shipped with the site (<c>*.recipe.json</c> in the application's <c>recipes/</c> folder).</summary>
public sealed class RecipeCatalog(PortalEnvironment environment)
{
    public string Folder => Path.Combine(environment.ContentRootPath, "recipes");

    /// <summary>Every recipe with its name and description; a broken file is listed with its error, not hidden.</summary>
    public IReadOnlyList<RecipeDescriptor> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(Folder, "*.recipe.json").Order(StringComparer.Ordinal).Select(Describe).ToList();
    }

    /// <summary>Reads a listed recipe by its file name (never a path: an admin picks from the list).</summary>
    public RecipeDocument Read(string fileName)
    {
        var match = List().FirstOrDefault(r => r.FileName.Equals(fileName, StringComparison.Ordinal))
            ?? throw new RecipeException(new RecipeError(null, null, "", $"Không có recipe '{fileName}' trong thư mục recipes/."));
        return RecipeReader.ReadFile(match.FullPath);
    }

    private static RecipeDescriptor Describe(string path)
    {
        var fileName = Path.GetFileName(path);
        try
        {
            var recipe = RecipeReader.ReadFile(path);
            return new RecipeDescriptor(fileName, path, recipe.Name, recipe.DisplayName, recipe.Description, recipe.IsSetupRecipe, null);
        }
        catch (RecipeException ex)
        {
            return new RecipeDescriptor(fileName, path, fileName, fileName, null, false, ex.Message);
        }
    }
}
