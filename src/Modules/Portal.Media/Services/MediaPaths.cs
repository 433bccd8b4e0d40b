using Portal.Core.Text;
using Portal.Media.Models;

namespace Portal.Media.Services;

/// <summary>How library paths are written and checked: relative, forward slashes, no way out of the media folder.</summary>
public static class MediaPaths
{
    private const int MaxLength = 400;

    /// <summary>"/Tin-tuc//anh.jpg" → "Tin-tuc/anh.jpg"; refuses "..", drive letters and control characters.</summary>
    public static string Normalize(string? path)
    {
        var parts = (path ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var part in parts)
        {
            if (part is "." or ".." || part.Contains(':') || part.Any(char.IsControl) || part.StartsWith('.'))
            {
                throw new MediaException($"Đường dẫn tệp '{path}' không hợp lệ.");
            }
        }

        var normalized = string.Join('/', parts);
        return normalized.Length <= MaxLength ? normalized : throw new MediaException("Đường dẫn tệp quá dài.");
    }

    /// <summary>A safe file name for the web from what an editor uploads: "Ảnh Hội nghị.JPG" → "anh-hoi-nghi.jpg".</summary>
    public static string FileName(string uploaded, MediaFileType type)
    {
        var name = Path.GetFileName(uploaded.Replace('\\', '/'));
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var stem = Slug.Create(Path.GetFileNameWithoutExtension(name));
        if (stem.Length == 0)
        {
            stem = "tep";
        }

        return stem + (type.Extensions.Contains(extension) ? extension : type.Extensions[0]);
    }

    /// <summary>A folder name as editors type it, made safe for URLs: "Hội nghị 2026" → "hoi-nghi-2026".</summary>
    public static string FolderName(string typed) =>
        Slug.Create(typed) is { Length: > 0 } slug ? slug : throw new MediaException("Tên thư mục phải có chữ hoặc số.");

    /// <summary>The parent folder of a path ("" at the root).</summary>
    public static string Parent(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] : "";

    /// <summary>Joins a folder and a name.</summary>
    public static string Combine(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";
}
