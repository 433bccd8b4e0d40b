namespace Portal.Media.Models;

/// <summary>The <c>Portal:Media</c> configuration section.</summary>
public sealed class MediaOptions
{
    public const string Section = "Portal:Media";

    /// <summary>Largest file an editor may upload (10 MB by default).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest side of an uploaded image, in pixels; bigger images are refused before they are decoded.</summary>
    public int MaxImageSide { get; set; } = 10_000;

    /// <summary>Largest image area, in pixels (decoding needs about four bytes per pixel).</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>The widths <c>?width=N</c> may produce; other requests are served the next larger one, so the disk cache stays bounded.</summary>
    public int[] ResizeWidths { get; set; } = [160, 320, 480, 640, 800, 1024, 1280, 1600, 1920];
}
