namespace Portal.Core.Content.Fields;

/// <summary>Paths of media files with their alternative texts.</summary>
public sealed class MediaField
{
    public List<string> Paths { get; set; } = [];
    public List<string> MediaTexts { get; set; } = [];
}
