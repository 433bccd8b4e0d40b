using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Core.Json;

namespace Portal.Core.Recipes;

/// <summary>Reads recipe JSON: <c>//</c> and <c>/* */</c> comments and trailing commas allowed; errors give line and column.</summary>
public static class RecipeReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    private static readonly JsonDocumentOptions DocumentOptions = DuplicateProperties.Refused(new()
    {
        CommentHandling = ReaderOptions.CommentHandling,
        AllowTrailingCommas = ReaderOptions.AllowTrailingCommas,
        MaxDepth = ReaderOptions.MaxDepth,
    });

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
        catch (JsonException) when (DuplicateProperties.FindFirst(utf8, ReaderOptions) is { } duplicate)
        {
            throw new RecipeException(new RecipeError(null, null, "",
                $"JSON không hợp lệ: thuộc tính \"{duplicate.Name}\" được ghi hai lần trong cùng một đối tượng; hãy giữ lại một.",
                duplicate.Line + 1, duplicate.Column + 1));
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber ?? 0;
            throw new RecipeException(new RecipeError(null, null, ex.Path ?? "", $"JSON không hợp lệ: {JsonErrorText.Vietnamese(FirstSentence(ex.Message))}",
                line + 1, CharacterColumn(utf8, line, ex.BytePositionInLine ?? 0) + 1));
        }

        if (node is not JsonObject json)
        {
            throw new RecipeException(new RecipeError(null, null, "", "Recipe phải là một đối tượng JSON { ... } (tệp này mở đầu bằng một thứ khác, ví dụ một danh sách [ ... ])."));
        }

        if (json.GetIgnoreCase("steps") is not JsonArray)
        {
            throw new RecipeException(new RecipeError(null, null, "steps", "Đây không phải là recipe: thiếu danh sách \"steps\"."));
        }

        return new RecipeDocument(json, baseDirectory, fileName);
    }

    /// <summary>Reads a recipe from text.</summary>
    public static RecipeDocument Read(string text, string? baseDirectory = null, string? fileName = null) =>
        Read(Encoding.UTF8.GetBytes(text), baseDirectory, fileName);

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>The reader's own words without its position (zero-based, in bytes): the error carries the position already.</summary>
    private static string FirstSentence(string message)
    {
        var end = new[] { " Path:", " LineNumber:" }.Select(marker => message.IndexOf(marker, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(message.Length).Min();
        return message[..end];
    }

    /// <summary>
    /// The zero-based column in characters, as an admin's editor counts it: System.Text.Json gives the position in bytes,
    /// and a Vietnamese letter takes two or three bytes in UTF-8.
    /// </summary>
    private static long CharacterColumn(ReadOnlySpan<byte> utf8, long line, long bytePosition)
    {
        var start = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return bytePosition;
            }

            start += next + 1;
        }

        return Encoding.UTF8.GetCharCount(utf8.Slice(start, (int)Math.Min(bytePosition, utf8.Length - start)));
    }
}
