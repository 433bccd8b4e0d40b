using Portal.Core.Changes;
using Portal.Core.Data;
using Portal.Media.Models;

namespace Portal.Media.Services;

/// <summary>What editors do with the library: upload (size, type by content and image dimensions checked), alt texts, folders, delete.</summary>
public sealed class MediaLibrary(MediaStore store, ImageResizer images, MediaAltTexts altTexts, PortalDbContext db, PendingChanges changes)
{
    public MediaOptions Options => store.Options;

    /// <summary>The folder's sub-folders and files with their alt texts.</summary>
    public async Task<MediaListing> ListAsync(string folder)
    {
        var texts = await altTexts.GetAllAsync();
        return store.List(folder, path => texts.GetValueOrDefault(path));
    }

    /// <summary>One file with its alt text, or null.</summary>
    public async Task<MediaEntry?> GetAsync(string path)
    {
        var texts = await altTexts.GetAllAsync();
        return store.Get(path, p => texts.GetValueOrDefault(p));
    }

    /// <summary>Stores an uploaded file in the folder under a web-safe, free name; throws <see cref="MediaException"/> for bad input.</summary>
    public async Task<MediaEntry> UploadAsync(string folder, string fileName, Stream content, long length, string? altText, CancellationToken cancellationToken = default)
    {
        var max = store.Options.MaxUploadBytes;
        if (length > max)
        {
            throw new MediaException($"Tệp '{fileName}' nặng {FormatSize(length)}, vượt giới hạn {FormatSize(max)}.");
        }

        if (length == 0)
        {
            throw new MediaException($"Tệp '{fileName}' rỗng.");
        }

        folder = MediaPaths.Normalize(folder);
        using var buffer = new MemoryStream();
        // Read at most one byte past the limit: a client that lied about the length is still stopped.
        await CopyAtMostAsync(content, buffer, max + 1, cancellationToken);
        if (buffer.Length > max)
        {
            throw new MediaException($"Tệp '{fileName}' vượt giới hạn {FormatSize(max)}.");
        }

        var type = MediaFileTypes.Check(buffer, fileName);
        images.CheckDimensions(buffer, type);
        var path = store.FreePath(folder, MediaPaths.FileName(fileName, type));
        await store.WriteAsync(path, buffer, cancellationToken);
        if (!string.IsNullOrWhiteSpace(altText))
        {
            await SaveAltTextsAsync([new(path, altText)], cancellationToken);
        }

        return (await GetAsync(path))!;
    }

    /// <summary>Sets a file's alternative text.</summary>
    public Task SetAltTextAsync(string path, string? text, CancellationToken cancellationToken = default) =>
        SaveAltTextsAsync([new(MediaPaths.Normalize(path), text)], cancellationToken);

    /// <summary>Deletes a file, its resized copies and its alt text.</summary>
    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        path = MediaPaths.Normalize(path);
        if (!store.DeleteFile(path))
        {
            return false;
        }

        await SaveAltTextsAsync([new(path, null)], cancellationToken);
        return true;
    }

    public string CreateFolder(string parent, string name) => store.CreateFolder(parent, name);

    public bool DeleteFolder(string path) => store.DeleteFolder(path);

    /// <summary>"2,5 MB", "830 KB".</summary>
    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.#", Portal.Core.Text.VietnameseDates.Culture) + " MB"
        : Math.Max(1, bytes / 1024).ToString(Portal.Core.Text.VietnameseDates.Culture) + " KB";

    private async Task SaveAltTextsAsync(IEnumerable<KeyValuePair<string, string?>> texts, CancellationToken cancellationToken)
    {
        await altTexts.SetAsync(texts, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await changes.PublishAsync(cancellationToken);
    }

    private static async Task CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while (total < limit && (read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - total)), cancellationToken)) > 0)
        {
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            total += read;
        }
    }
}
