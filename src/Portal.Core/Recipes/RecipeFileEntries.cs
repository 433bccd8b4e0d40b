using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Portal.Core.Json;

namespace Portal.Core.Recipes;

/// <summary>
/// Reads a step's list of files (<c>{"TargetPath": ..., "SourcePath" | "Base64" | "SourceUrl": ...}</c>), the shape of
/// Orchard Core's <c>media</c> step, for whichever module handles such a step. Problems are reported on the step:
/// a missing file or a <c>SourceUrl</c> is an error naming the step and the file (nothing is applied), or, when the
/// admin chose to skip what cannot be imported, a warning and the file is left out.
/// </summary>
public static class RecipeFileEntries
{
    // Read once per step and list: validation reports the problems, applying gets the same entries without repeating them.
    private static readonly ConditionalWeakTable<RecipeStepContext, Dictionary<string, IReadOnlyList<RecipeFileEntry>>> Cache = new();

    /// <summary>
    /// The usable entries of the list <paramref name="listName"/>. Call it while validating (problems are reported then)
    /// and again while applying (the same entries, nothing reported twice).
    /// </summary>
    public static IReadOnlyList<RecipeFileEntry> Read(RecipeStepContext context, string listName = "Files")
    {
        var lists = Cache.GetOrCreateValue(context);
        if (!lists.TryGetValue(listName, out var entries))
        {
            entries = ReadList(context, listName);
            lists[listName] = entries;
        }

        return entries;
    }

    private static IReadOnlyList<RecipeFileEntry> ReadList(RecipeStepContext context, string listName)
    {
        if (context.Get(listName) is not JsonArray list)
        {
            context.AddError(listName, $"Bước {context.Name} cần danh sách \"{listName}\".");
            return [];
        }

        var entries = new List<RecipeFileEntry>();
        for (var i = 0; i < list.Count; i++)
        {
            if (ReadEntry(context, list[i], $"{listName}[{i}]", i) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>
    /// A relative path with forward slashes and no "." or ".." segments, or null when the text is not one. Files land
    /// under a root (the media folder); this keeps them there.
    /// </summary>
    public static string? NormalizeTargetPath(string? path)
    {
        var segments = (path ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || Path.IsPathRooted(path) || segments.Any(s => s is "." or ".." || s.Contains(':') || s.Any(char.IsControl)))
        {
            return null;
        }

        return string.Join('/', segments);
    }

    private static RecipeFileEntry? ReadEntry(RecipeStepContext context, JsonNode? node, string path, int index)
    {
        if (node is not JsonObject json)
        {
            context.AddError(path, "Mỗi tệp phải là một đối tượng { \"TargetPath\": ..., \"SourcePath\" hoặc \"Base64\": ... }.");
            return null;
        }

        var target = NormalizeTargetPath(json.GetString("TargetPath"));
        if (target is null)
        {
            context.AddError($"{path}.TargetPath", $"TargetPath '{json.GetString("TargetPath")}' phải là đường dẫn tương đối, không có '..' (ví dụ: anh/logo.png).");
            return null;
        }

        if (json.GetString("Base64") is { } base64)
        {
            try
            {
                return new RecipeFileEntry(index, target, null, Convert.FromBase64String(base64));
            }
            catch (FormatException)
            {
                context.AddError($"{path}.Base64", $"Nội dung Base64 của tệp '{target}' không hợp lệ.");
                return null;
            }
        }

        if (json.GetString("SourcePath") is { Length: > 0 } source)
        {
            try
            {
                return new RecipeFileEntry(index, target, RecipeFiles.Locate(context.Recipe, source), null);
            }
            catch (RecipeFileMissingException missing)
            {
                Refuse(context, $"{path}.SourcePath", $"{missing.Message} Tệp '{target}' bị bỏ qua.", missing.Message);
                return null;
            }
            catch (InvalidOperationException ex)
            {
                context.AddError($"{path}.SourcePath", ex.Message);
                return null;
            }
        }

        if (json.GetString("SourceUrl") is { Length: > 0 } url)
        {
            var message = $"Không tải tệp từ địa chỉ web ({url}): khi nhập recipe, máy chủ không truy cập Internet. " +
                          "Hãy tải tệp về, đặt cạnh recipe và dùng \"SourcePath\", hoặc nhúng bằng \"Base64\".";
            Refuse(context, $"{path}.SourceUrl", $"{message} Tệp '{target}' bị bỏ qua.", message);
            return null;
        }

        context.AddError(path, $"Tệp '{target}' cần \"SourcePath\" (tệp cạnh recipe) hoặc \"Base64\".");
        return null;
    }

    private static void Refuse(RecipeStepContext context, string path, string warning, string error)
    {
        if (context.Options.SkipUnsupported)
        {
            context.AddWarning($"{path}: {warning}");
        }
        else
        {
            context.AddError(path, error);
        }
    }
}
