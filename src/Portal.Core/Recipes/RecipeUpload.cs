using Portal.Core.Text;

namespace Portal.Core.Recipes;

/// <summary>
/// Reads a recipe an admin uploads: refused with a clear message when it is empty, too big, not UTF-8 text, not
/// JSON, or not a recipe. An uploaded recipe has no folder, so it cannot name files on the server.
/// </summary>
public static class RecipeUpload
{
    /// <summary>The default limit: a whole-site export with ten thousand articles is well under it.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads at most <paramref name="maxBytes"/> from the stream; throws <see cref="RecipeException"/> for anything that is not a usable recipe.</summary>
    public static async Task<RecipeDocument> ReadAsync(Stream upload, string? fileName, long maxBytes = DefaultMaxBytes, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw Refused($"Tệp {Name(fileName)}quá lớn: giới hạn là {FormatSize(maxBytes)}. " +
                              "Hãy chia recipe thành nhiều tệp hoặc nhập bằng dòng lệnh (recipe import).");
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw Refused($"Tệp {Name(fileName)}rỗng.");
        }

        return RecipeReader.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), baseDirectory: null, fileName);
    }

    /// <summary>"64 MB", "512 KB", "900 byte" with Vietnamese digit grouping.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{VietnameseDates.FormatNumber(bytes / (1024 * 1024))} MB",
        >= 1024 => $"{VietnameseDates.FormatNumber(bytes / 1024)} KB",
        _ => $"{VietnameseDates.FormatNumber(bytes)} byte",
    };

    private static string Name(string? fileName) => string.IsNullOrEmpty(fileName) ? "" : $"'{Path.GetFileName(fileName)}' ";

    private static RecipeException Refused(string message) => new(new RecipeError(null, null, "", message));
}
