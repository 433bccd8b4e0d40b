using System.IO.Compression;
using Portal.Media.Models;

namespace Portal.Media.Services;

/// <summary>
/// Recognises the accepted file types by their content (magic bytes, and the parts inside an Office zip), so a
/// program renamed ".jpg" is refused whatever its name says. The extension must then agree with the content.
/// </summary>
public static class MediaFileTypes
{
    public static readonly MediaFileType Jpeg = new("Ảnh JPEG", MediaKind.Image, "image/jpeg", [".jpg", ".jpeg"], Resizable: true);
    public static readonly MediaFileType Png = new("Ảnh PNG", MediaKind.Image, "image/png", [".png"], Resizable: true);
    public static readonly MediaFileType Gif = new("Ảnh GIF", MediaKind.Image, "image/gif", [".gif"]);
    public static readonly MediaFileType WebP = new("Ảnh WebP", MediaKind.Image, "image/webp", [".webp"], Resizable: true);
    public static readonly MediaFileType Pdf = new("Tài liệu PDF", MediaKind.Document, "application/pdf", [".pdf"]);
    public static readonly MediaFileType Docx = new("Tài liệu Word", MediaKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly MediaFileType Xlsx = new("Bảng tính Excel", MediaKind.Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly MediaFileType LegacyOffice = new("Tài liệu Word/Excel (cũ)", MediaKind.Document, "application/octet-stream", [".doc", ".xls"]);

    public static readonly IReadOnlyList<MediaFileType> All = [Jpeg, Png, Gif, WebP, Pdf, Docx, Xlsx, LegacyOffice];

    /// <summary>The extensions the library accepts, for the file input's <c>accept</c> attribute.</summary>
    public static string AcceptAttribute => string.Join(",", All.SelectMany(t => t.Extensions));

    /// <summary>The type of a stored file from its extension (stored files were checked on the way in).</summary>
    public static MediaFileType? FromExtension(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return All.FirstOrDefault(t => t.Extensions.Contains(extension));
    }

    /// <summary>The type the content shows, or null when it is none of the accepted types. The stream is left at its start.</summary>
    public static MediaFileType? Detect(Stream content)
    {
        var head = new byte[16];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var bytes = head.AsSpan(0, read);
        if (bytes.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (bytes.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (read >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (bytes.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (bytes.StartsWith((byte[])[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return LegacyOffice;
        }

        return bytes.StartsWith("PK\u0003\u0004"u8) ? DetectOfficeZip(content) : null;
    }

    /// <summary>The type when the content is one of the accepted types AND the name's extension belongs to it; otherwise a Vietnamese reason.</summary>
    public static MediaFileType Check(Stream content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var byName = All.FirstOrDefault(t => t.Extensions.Contains(extension))
            ?? throw new MediaException($"Không nhận loại tệp '{extension}'. Chỉ nhận ảnh (JPG, PNG, GIF, WebP) và tài liệu (PDF, Word, Excel).");
        var byContent = Detect(content)
            ?? throw new MediaException($"Nội dung tệp '{fileName}' không phải là {byName.Name.ToLowerInvariant()}: tệp bị từ chối.");
        return byContent == byName
            ? byContent
            : throw new MediaException($"Nội dung tệp '{fileName}' là {byContent.Name.ToLowerInvariant()}, không khớp với phần mở rộng '{extension}'.");
    }

    private static MediaFileType? DetectOfficeZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? Docx : names.Contains("xl/workbook.xml") ? Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
