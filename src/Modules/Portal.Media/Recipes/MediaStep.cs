using System.Text.Json.Nodes;
using Portal.Core.Json;
using Portal.Core.Recipes;
using Portal.Media.Models;
using Portal.Media.Services;

namespace Portal.Media.Recipes;

/// <summary>
/// Orchard Core's <c>media</c> step: <c>{"name": "media", "Files": [{"TargetPath": "a.jpg", "SourcePath": "../x.jpg"} |
/// {"TargetPath": ..., "Base64": "..."}]}</c>. The list is read by <see cref="RecipeFileEntries"/> (files next to the
/// recipe, Base64, <c>SourceUrl</c> refused offline, missing files reported), then every file is checked here (its path
/// fits the library, its content is an accepted type that matches the extension) before anything is applied. Files are
/// written only after the import commits. An entry may carry the file's alternative text (<c>"AltText"</c>, written by
/// our export): it replaces the library's text for that file; an entry without one leaves the library's text as it is.
/// </summary>
public sealed class MediaStep(MediaStore store, MediaAltTexts altTexts) : IRecipeStep
{
    /// <summary>The entry's alternative text, for screen readers.</summary>
    public const string AltText = "AltText";

    /// <summary>Longer alternative texts are refused: a text this long is a mistake, not a description.</summary>
    public const int MaxAltTextLength = 1000;

    public string Name => "media";

    public Task ValidateAsync(RecipeStepContext context)
    {
        var usable = RecipeFileEntries.Read(context).Count(entry => Check(context, entry));
        context.StepReport.Details.Add($"{usable} tệp");
        return Task.CompletedTask;
    }

    public async Task ApplyAsync(RecipeStepContext context)
    {
        // Validation refused the import for any entry that failed its check, so every entry here is good.
        var texts = new List<KeyValuePair<string, string?>>();
        foreach (var entry in RecipeFileEntries.Read(context))
        {
            if (AltTextNode(context, entry) is JsonValue value && value.TryGetValue<string>(out var text))
            {
                texts.Add(new(MediaPaths.Normalize(entry.TargetPath), text));
            }

            context.AfterCommit(async () =>
            {
                await using var content = entry.Open();
                await store.WriteAsync(entry.TargetPath, content);
            });
        }

        if (texts.Count > 0)
        {
            await altTexts.SetAsync(texts);
        }
    }

    private static JsonNode? AltTextNode(RecipeStepContext context, RecipeFileEntry entry) =>
        ((context.Get("Files") as JsonArray)?[entry.Index] as JsonObject)?.GetIgnoreCase(AltText);

    private static bool Check(RecipeStepContext context, RecipeFileEntry entry)
    {
        var path = $"Files[{entry.Index}]";
        if (AltTextNode(context, entry) is { } altText && !(altText is JsonValue value && value.TryGetValue<string>(out var text) && text.Length <= MaxAltTextLength))
        {
            context.AddError($"{path}.{AltText}", $"AltText của tệp '{entry.TargetPath}' phải là một đoạn chữ, tối đa {MaxAltTextLength} ký tự.");
            return false;
        }

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
