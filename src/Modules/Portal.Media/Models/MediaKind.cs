namespace Portal.Media.Models;

/// <summary>What sort of file a media file is.</summary>
public enum MediaKind
{
    Image,
    Document,
}
