namespace Portal.Core.Recipes;

/// <summary>A file named by a recipe (<c>[file: ...]</c> or a media step's SourcePath) does not exist.</summary>
public sealed class RecipeFileMissingException(string path, string fullPath) : Exception($"Không tìm thấy tệp '{path}' (tìm tại {fullPath}).")
{
    public string RequestedPath { get; } = path;
}
