namespace Portal.Core.Recipes;

/// <summary>Finds the files a recipe names, relative to the recipe's folder.</summary>
public static class RecipeFiles
{
    /// <summary>The full path of a file next to the recipe; throws when the recipe has no folder or the file is missing.</summary>
    public static string Locate(RecipeDocument recipe, string path)
    {
        if (recipe.BaseDirectory is null)
        {
            throw new InvalidOperationException($"Recipe tải lên không được đọc tệp trên máy chủ ('{path}'). Hãy dùng Base64 hoặc đặt recipe trong thư mục recipes/.");
        }

        var fullPath = Path.GetFullPath(Path.Combine(recipe.BaseDirectory, path));
        return File.Exists(fullPath) ? fullPath : throw new RecipeFileMissingException(path, fullPath);
    }
}
