using Portal.Core.Recipes.Export;

namespace Portal.Admin.Recipes;

/// <summary>
/// An export made ready for the browser: written whole to a temporary file first (deleted when the download closes), so
/// a failure shows an error page instead of half a file. A recipe with its files beside it travels as a zip.
/// </summary>
public sealed record RecipeDownload(Stream Content, string ContentType, string FileName)
{
    public static async Task<RecipeDownload> CreateAsync(RecipeExport export, RecipeExportFileMode files, CancellationToken cancellationToken)
    {
        var name = export.Recipe["name"]?.ToString() is { Length: > 0 } n ? n : "export";
        var temporary = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            RecipeDownload download;
            if (files == RecipeExportFileMode.BesideRecipe)
            {
                await RecipeExportWriter.WriteZipAsync(export, temporary, $"{name}.recipe.json", cancellationToken);
                download = new RecipeDownload(temporary, "application/zip", $"{name}.zip");
            }
            else
            {
                await RecipeExportWriter.WriteJsonAsync(export, temporary, cancellationToken);
                download = new RecipeDownload(temporary, "application/json", $"{name}.recipe.json");
            }

            temporary.Position = 0;
            return download;
        }
        catch
        {
            await temporary.DisposeAsync();
            throw;
        }
    }
}
