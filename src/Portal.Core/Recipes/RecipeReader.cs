using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Json;

namespace Portal.Core.Recipes;

/// <summary>Reads recipe JSON: <c>//</c> and <c>/* */</c> comments and trailing commas allowed; errors give line and column.</summary>
public static class RecipeReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    /// <summary>Reads a recipe file; relative <c>[file: ...]</c> paths start at its folder.</summary>
    public static RecipeDocument ReadFile(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new RecipeException(new RecipeError(null, null, "", $"Không tìm thấy tệp recipe '{path}'."));
        }

        return Read(File.ReadAllBytes(fullPath), System.IO.Path.GetDirectoryName(fullPath), System.IO.Path.GetFileName(fullPath));
    }

    /// <summary>Reads a recipe from bytes (an upload has no folder, so it cannot read files).</summary>
    public static RecipeDocument Read(ReadOnlySpan<byte> utf8, string? baseDirectory, string? fileName)
    {
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (!IsValidUtf8(utf8))
        {
            throw new RecipeException(new RecipeError(null, null, "", "Tệp không phải văn bản UTF-8. Hãy lưu recipe với mã hóa UTF-8."));
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(utf8, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new RecipeException(new RecipeError(null, null, ex.Path ?? "", $"JSON không hợp lệ: {FirstSentence(ex.Message)}",
                (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1));
        }

        if (node is not JsonObject json)
        {
            throw new RecipeException(new RecipeError(null, null, "$", "Recipe phải là một đối tượng JSON { ... }."));
        }

        if (json.GetIgnoreCase("steps") is not JsonArray)
        {
            throw new RecipeException(new RecipeError(null, null, "$.steps", "Đây không phải là recipe: thiếu danh sách \"steps\"."));
        }

        return new RecipeDocument(json, baseDirectory, fileName);
    }

    /// <summary>Reads a recipe from text.</summary>
    public static RecipeDocument Read(string text, string? baseDirectory = null, string? fileName = null) =>
        Read(Encoding.UTF8.GetBytes(text), baseDirectory, fileName);

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
