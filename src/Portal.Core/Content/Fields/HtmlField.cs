namespace Portal.Core.Content.Fields;

/// <summary>A fragment of HTML, sanitized on save.</summary>
public sealed class HtmlField
{
    public string? Html { get; set; }
}
