using Portal.Core.Recipes;
using Portal.Media.Models;
using Portal.Media.Services;

namespace Portal.Media.Recipes;

/// <summary>
/// Orchard Core's <c>media</c> step: <c>{"name": "media", "Files": [{"TargetPath": "a.jpg", "SourcePath": "../x.jpg"} |
/// {"TargetPath": ..., "Base64": "..."}]}</c>. The list is read by <see cref="RecipeFileEntries"/> (files next to the
/// recipe, Base64, <c>SourceUrl</c> refused offline, missing files reported), then every file is checked here (its path
/// fits the library, its content is an accepted type that matches the extension) before anything is applied. Files are
/// written only after the import commits.
/// </summary>
public sealed class MediaStep(MediaStore store) : IRecipeStep
{
    public string Name => "media";

    public Task ValidateAsync(RecipeStepContext context)
    {
        var usable = RecipeFileEntries.Read(context).Count(entry => Check(context, entry));
        context.StepReport.Details.Add($"{usable} tệp");
        return Task.CompletedTask;
    }

    public Task ApplyAsync(RecipeStepContext context)
    {
        // Validation refused the import for any entry that failed its check, so every entry here is good.
        foreach (var entry in RecipeFileEntries.Read(context))
        {
            context.AfterCommit(async () =>
            {
                await using var content = entry.Open();
                await store.WriteAsync(entry.TargetPath, content);
            });
        }

        return Task.CompletedTask;
    }

    private static bool Check(RecipeStepContext context, RecipeFileEntry entry)
    {
        var path = $"Files[{entry.Index}]";
        try
        {
            MediaPaths.Normalize(entry.TargetPath);
            using var content = entry.Open();
            MediaFileTypes.Check(content, entry.TargetPath);
            return true;
        }
        catch (MediaException ex)
        {
            context.AddError(path, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.AddError($"{path}.SourcePath", $"Không đọc được tệp '{entry.SourcePath}': {ex.Message}");
        }

        return false;
    }
}
