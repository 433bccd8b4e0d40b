namespace Portal.Media.Models;

/// <summary>A file type the library accepts: the extensions it may carry, its MIME type and a name for editors.</summary>
/// <param name="Name">Shown to editors ("Ảnh JPEG", "Tài liệu PDF").</param>
/// <param name="Kind">Image or document.</param>
/// <param name="ContentType">The MIME type the file is served with.</param>
/// <param name="Extensions">Lower-case extensions with the dot; the first is used when a name has none.</param>
/// <param name="Resizable">True for images the resizer may decode (GIF is served as it is).</param>
public sealed record MediaFileType(string Name, MediaKind Kind, string ContentType, string[] Extensions, bool Resizable = false);
