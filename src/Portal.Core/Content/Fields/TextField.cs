namespace Portal.Core.Content.Fields;

/// <summary>A line or a paragraph of plain text.</summary>
public sealed class TextField
{
    public string? Text { get; set; }
}
