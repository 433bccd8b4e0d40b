namespace Portal.Core.Content.Fields;

/// <summary>A link with its text.</summary>
public sealed class LinkField
{
    public string? Url { get; set; }
    public string? Text { get; set; }
    public string? Target { get; set; }
}
