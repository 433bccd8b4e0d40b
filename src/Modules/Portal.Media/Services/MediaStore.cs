using Microsoft.Extensions.Options;
using Portal.Core.Modules;
using Portal.Media.Models;

namespace Portal.Media.Services;

/// <summary>
/// The library's files on disk under <c>&lt;AppDataPath&gt;/media</c>: listing, writing (through a temporary file, so a
/// reader never sees half a file), folders and deletion. Every path is checked to stay inside the media folder.
/// </summary>
public sealed class MediaStore(PortalEnvironment environment, ImageResizer resizer, IOptions<MediaOptions> options)
{
    public const string UrlPrefix = "/media";

    /// <summary>The media folder on disk.</summary>
    public string Root { get; } = Path.Combine(environment.AppDataPath, "media");

    public MediaOptions Options => options.Value;

    /// <summary>The public URL of a library path.</summary>
    public static string UrlOf(string path) =>
        UrlPrefix + "/" + string.Join('/', MediaPaths.Normalize(path).Split('/').Select(Uri.EscapeDataString));

    /// <summary>The file on disk for a library path, or null when there is none.</summary>
    public string? FindFile(string path)
    {
        var full = PhysicalPath(path);
        return File.Exists(full) ? full : null;
    }

    /// <summary>The sub-folders and files of a folder (alt texts are added by <see cref="MediaLibrary"/>).</summary>
    public MediaListing List(string folder, Func<string, string?> altText)
    {
        folder = MediaPaths.Normalize(folder);
        var directory = PhysicalPath(folder);
        if (!Directory.Exists(directory))
        {
            return new MediaListing(folder, [], []);
        }

        var folders = Directory.EnumerateDirectories(directory)
            .Select(d => MediaPaths.Combine(folder, Path.GetFileName(d)))
            .Order(StringComparer.Ordinal).ToList();
        var files = Directory.EnumerateFiles(directory)
            .Select(f => new FileInfo(f))
            .Where(f => !f.Name.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(f => ToEntry(MediaPaths.Combine(folder, f.Name), f, altText))
            .OfType<MediaEntry>()
            .OrderByDescending(e => e.ModifiedUtc).ToList();
        return new MediaListing(folder, folders, files);
    }

    /// <summary>
    /// Every file of the library as library paths, sorted, for an export: files of an accepted type, not the temporary
    /// files of writes in progress, nothing a library path could not name.
    /// </summary>
    public IReadOnlyList<string> AllFiles()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        return Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.EndsWith(".tmp", StringComparison.Ordinal) && MediaFileTypes.FromExtension(p) is not null && IsLibraryPath(p))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>One file, or null.</summary>
    public MediaEntry? Get(string path, Func<string, string?> altText)
    {
        path = MediaPaths.Normalize(path);
        var info = new FileInfo(PhysicalPath(path));
        return info.Exists ? ToEntry(path, info, altText) : null;
    }

    /// <summary>A free path for a new file in the folder: "anh.jpg", else "anh-2.jpg", "anh-3.jpg"...</summary>
    public string FreePath(string folder, string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        var candidate = MediaPaths.Combine(folder, fileName);
        for (var n = 2; File.Exists(PhysicalPath(candidate)); n++)
        {
            candidate = MediaPaths.Combine(folder, $"{stem}-{n}{extension}");
        }

        return candidate;
    }

    /// <summary>Writes a file (replacing one at that path) and forgets its resized copies.</summary>
    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        path = MediaPaths.Normalize(path);
        var full = PhysicalPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            content.Position = 0;
            await using (var output = File.Create(temporary))
            {
                await content.CopyToAsync(output, cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        resizer.Forget(path);
    }

    /// <summary>Creates a folder (and its parents); returns its path.</summary>
    public string CreateFolder(string parent, string typedName)
    {
        var path = MediaPaths.Combine(MediaPaths.Normalize(parent), MediaPaths.FolderName(typedName));
        Directory.CreateDirectory(PhysicalPath(path));
        return path;
    }

    /// <summary>Deletes a file and its resized copies; false when it did not exist.</summary>
    public bool DeleteFile(string path)
    {
        path = MediaPaths.Normalize(path);
        var full = PhysicalPath(path);
        if (path.Length == 0 || !File.Exists(full))
        {
            return false;
        }

        File.Delete(full);
        resizer.Forget(path);
        return true;
    }

    /// <summary>Deletes an empty folder; a folder with files is refused so nothing is lost by a slip.</summary>
    public bool DeleteFolder(string path)
    {
        path = MediaPaths.Normalize(path);
        var full = PhysicalPath(path);
        if (path.Length == 0 || !Directory.Exists(full))
        {
            return false;
        }

        if (Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new MediaException("Thư mục còn tệp hoặc thư mục con. Hãy xóa chúng trước.");
        }

        Directory.Delete(full);
        return true;
    }

    private static bool IsLibraryPath(string path)
    {
        try
        {
            return MediaPaths.Normalize(path) == path;
        }
        catch (MediaException)
        {
            return false;
        }
    }

    private MediaEntry? ToEntry(string path, FileInfo info, Func<string, string?> altText) =>
        MediaFileTypes.FromExtension(info.Name) is { } type
            ? new MediaEntry(path, info.Name, UrlOf(path), info.Length, info.LastWriteTimeUtc, type, altText(path))
            : null;

    private string PhysicalPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, MediaPaths.Normalize(path)));
        var root = Path.GetFullPath(Root);
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new MediaException("Đường dẫn nằm ngoài thư viện.");
    }
}
