namespace Portal.Media.Models;

/// <summary>One file of the library.</summary>
/// <param name="Path">Relative to the media root, with forward slashes ("tin-tuc/anh-1.jpg").</param>
/// <param name="Url">The public URL ("/media/tin-tuc/anh-1.jpg").</param>
public sealed record MediaEntry(string Path, string Name, string Url, long Size, DateTime ModifiedUtc, MediaFileType Type, string? AltText)
{
    public bool IsImage => Type.Kind == MediaKind.Image;
}
