using System.Text.Json.Nodes;
using Portal.Core.Json;
using Portal.Core.Recipes;
using Portal.Media.Models;
using Portal.Media.Services;

namespace Portal.Media.Recipes;

/// <summary>
/// Orchard Core's <c>media</c> step: <c>{"name": "media", "Files": [{"TargetPath": "a.jpg", "SourcePath": "../x.jpg"} |
/// {"TargetPath": ..., "Base64": "..."}]}</c>. Every file is checked (it exists, its content is an accepted type that
/// matches the target's extension) before anything is applied, and written only after the import commits.
/// <c>SourceUrl</c> is refused: this server downloads nothing.
/// </summary>
public sealed class MediaStep(MediaStore store) : IRecipeStep
{
    public string Name => "media";

    public Task ValidateAsync(RecipeStepContext context)
    {
        if (context.Get("Files") is not JsonArray files)
        {
            context.AddError("Files", "Bước media cần danh sách \"Files\".");
            return Task.CompletedTask;
        }

        var count = 0;
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i] is JsonObject file && Read(context, file, $"Files[{i}]") is { } content)
            {
                content.Dispose();
                count++;
            }
        }

        context.StepReport.Details.Add($"{count} tệp");
        return Task.CompletedTask;
    }

    public Task ApplyAsync(RecipeStepContext context)
    {
        var files = (JsonArray)context.Get("Files")!;
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i] is not JsonObject file || file.GetString("TargetPath") is not { } target || !HasSource(context, file))
            {
                continue;
            }

            var path = $"Files[{i}]";
            context.AfterCommit(async () =>
            {
                // Read again now rather than holding every file in memory until the commit.
                using var content = Read(context, file, path);
                if (content is not null)
                {
                    await store.WriteAsync(target, content);
                }
            });
        }

        return Task.CompletedTask;
    }

    /// <summary>False when the file was reported missing and skipped (with SkipUnsupported).</summary>
    private static bool HasSource(RecipeStepContext context, JsonObject file)
    {
        if (file.GetString("Base64") is not null)
        {
            return true;
        }

        if (file.GetString("SourcePath") is not { } source)
        {
            return false;
        }

        try
        {
            RecipeFiles.Locate(context.Recipe, source);
            return true;
        }
        catch (RecipeFileMissingException)
        {
            return false;
        }
    }

    /// <summary>The file's content, checked; null (with an error or a warning reported) when it cannot be used.</summary>
    private static MemoryStream? Read(RecipeStepContext context, JsonObject file, string path)
    {
        var target = file.GetString("TargetPath");
        if (target is null)
        {
            context.AddError($"{path}.TargetPath", "Thiếu TargetPath (đường dẫn của tệp trong thư viện).");
            return null;
        }

        try
        {
            target = MediaPaths.Normalize(target);
        }
        catch (MediaException ex)
        {
            context.AddError($"{path}.TargetPath", ex.Message);
            return null;
        }

        MemoryStream content;
        if (file.GetString("Base64") is { } base64)
        {
            try
            {
                content = new MemoryStream(Convert.FromBase64String(base64));
            }
            catch (FormatException)
            {
                context.AddError($"{path}.Base64", $"Base64 của tệp '{target}' không hợp lệ.");
                return null;
            }
        }
        else if (file.GetString("SourcePath") is { } source)
        {
            try
            {
                content = new MemoryStream(File.ReadAllBytes(RecipeFiles.Locate(context.Recipe, source)));
            }
            catch (RecipeFileMissingException missing) when (context.Options.SkipUnsupported)
            {
                context.AddWarning($"{path}.SourcePath: {missing.Message} Tệp '{target}' bị bỏ qua.");
                return null;
            }
            catch (Exception ex) when (ex is RecipeFileMissingException or InvalidOperationException or IOException)
            {
                context.AddError($"{path}.SourcePath", ex.Message);
                return null;
            }
        }
        else if (file.GetString("SourceUrl") is { } url)
        {
            var message = $"Không tải tệp từ SourceUrl '{url}': máy chủ không tải gì từ Internet khi nhập recipe. Hãy dùng SourcePath (tệp cạnh recipe) hoặc Base64.";
            if (context.Options.SkipUnsupported)
            {
                context.AddWarning($"{path}: {message} Tệp '{target}' bị bỏ qua.");
            }
            else
            {
                context.AddError($"{path}.SourceUrl", message);
            }

            return null;
        }
        else
        {
            context.AddError(path, $"Tệp '{target}' cần SourcePath hoặc Base64.");
            return null;
        }

        try
        {
            MediaFileTypes.Check(content, target);
            return content;
        }
        catch (MediaException ex)
        {
            content.Dispose();
            context.AddError(path, ex.Message);
            return null;
        }
    }
}
