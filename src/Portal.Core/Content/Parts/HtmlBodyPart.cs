namespace Portal.Core.Content.Parts;

/// <summary>A rich-text body, sanitized on save.</summary>
public sealed class HtmlBodyPart
{
    public string? Html { get; set; }
}
