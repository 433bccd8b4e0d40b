using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Portal.Core.Modules;
using Portal.Media.Models;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Processing;

namespace Portal.Media.Services;

/// <summary>
/// Makes narrower copies of library images on demand (<c>?width=N</c>) and keeps them on disk under
/// <c>&lt;AppDataPath&gt;/media-cache/&lt;width&gt;/</c>. ImageSharp 2.1.13 (managed code, Apache-2.0) decodes only JPEG,
/// PNG and WebP here — GIF, where most reported decoder flaws were, is never decoded — and only after the header
/// shows dimensions within <see cref="MediaOptions.MaxImageSide"/> and <see cref="MediaOptions.MaxImagePixels"/>.
/// At most two images are decoded at once, so a burst of requests cannot exhaust memory.
/// </summary>
public sealed class ImageResizer(PortalEnvironment environment, IOptions<MediaOptions> options)
{
    private static readonly Configuration Decoders = CreateConfiguration();

    private readonly SemaphoreSlim decoding = new(2);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new();
    private readonly string cacheRoot = Path.Combine(environment.AppDataPath, "media-cache");

    /// <summary>The allowed width to produce for a requested one: the next larger allowed width, or the largest.</summary>
    public int SnapWidth(int requested)
    {
        var widths = options.Value.ResizeWidths.Order().ToArray();
        return widths.FirstOrDefault(w => w >= requested, widths[^1]);
    }

    /// <summary>Refuses an image whose header is unreadable or whose dimensions pass the limits. The stream is left at its start.</summary>
    public void CheckDimensions(Stream content, MediaFileType type)
    {
        if (type.Kind != MediaKind.Image)
        {
            return;
        }

        content.Position = 0;
        IImageInfo? info;
        try
        {
            info = Image.Identify(type.Resizable ? Decoders : Configuration.Default, content);
        }
        catch (Exception ex) when (ex is ImageFormatException or NotSupportedException or InvalidImageContentException)
        {
            info = null;
        }
        finally
        {
            content.Position = 0;
        }

        if (info is null)
        {
            throw new MediaException("Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng.");
        }

        var limits = options.Value;
        if (info.Width > limits.MaxImageSide || info.Height > limits.MaxImageSide || (long)info.Width * info.Height > limits.MaxImagePixels)
        {
            throw new MediaException($"Ảnh quá lớn ({info.Width}×{info.Height} điểm ảnh). Cạnh dài nhất tối đa {limits.MaxImageSide} điểm ảnh.");
        }
    }

    /// <summary>The cached copy of the image at <paramref name="width"/> (made now if missing or older than the original), or the original when it is not wider.</summary>
    public async Task<string> GetResizedAsync(string sourcePath, string relativePath, int width, CancellationToken cancellationToken)
    {
        var cached = Path.Combine(cacheRoot, width.ToString(System.Globalization.CultureInfo.InvariantCulture), relativePath);
        if (IsFresh(cached, sourcePath))
        {
            return cached;
        }

        var gate = locks.GetOrAdd(cached, _ => new SemaphoreSlim(1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh(cached, sourcePath))
            {
                return cached;
            }

            await decoding.WaitAsync(cancellationToken);
            try
            {
                return await ResizeAsync(sourcePath, cached, width, cancellationToken) ? cached : sourcePath;
            }
            finally
            {
                decoding.Release();
            }
        }
        finally
        {
            gate.Release();
            locks.TryRemove(new KeyValuePair<string, SemaphoreSlim>(cached, gate));
        }
    }

    /// <summary>Deletes every cached copy of a library file (after it is replaced or deleted).</summary>
    public void Forget(string relativePath)
    {
        if (!Directory.Exists(cacheRoot))
        {
            return;
        }

        foreach (var widthFolder in Directory.EnumerateDirectories(cacheRoot))
        {
            var cached = Path.Combine(widthFolder, relativePath);
            if (File.Exists(cached))
            {
                File.Delete(cached);
            }
        }
    }

    private async Task<bool> ResizeAsync(string sourcePath, string cached, int width, CancellationToken cancellationToken)
    {
        await using var source = File.OpenRead(sourcePath);
        var info = Image.Identify(Decoders, source);
        source.Position = 0;
        var limits = options.Value;
        if (info is null || info.Width <= width || info.Width > limits.MaxImageSide || info.Height > limits.MaxImageSide ||
            (long)info.Width * info.Height > limits.MaxImagePixels)
        {
            // Not wider than asked (never enlarge), or outside the limits: the original is served.
            return false;
        }

        var (image, format) = await Image.LoadWithFormatAsync(Decoders, source, cancellationToken);
        using var disposeImage = image;
        image.Mutate(x => x.AutoOrient().Resize(width, 0));
        // The copies are for the web: camera data (GPS position included) is not passed on.
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        var temporary = cached + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var output = File.Create(temporary))
        {
            await image.SaveAsync(output, EncoderFor(format), cancellationToken);
        }

        File.Move(temporary, cached, overwrite: true);
        return true;
    }

    private static IImageEncoder EncoderFor(IImageFormat? format) => format switch
    {
        PngFormat => new PngEncoder(),
        WebpFormat => new WebpEncoder { Quality = 80 },
        _ => new JpegEncoder { Quality = 82 },
    };

    private static bool IsFresh(string cached, string source) =>
        File.Exists(cached) && File.GetLastWriteTimeUtc(cached) >= File.GetLastWriteTimeUtc(source);

    private static Configuration CreateConfiguration() => new(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule())
    {
        MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { MaximumPoolSizeMegabytes = 32 }),
    };
}
