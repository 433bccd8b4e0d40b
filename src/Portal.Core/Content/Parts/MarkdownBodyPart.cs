namespace Portal.Core.Content.Parts;

/// <summary>A Markdown body, rendered to sanitized HTML for display.</summary>
public sealed class MarkdownBodyPart
{
    public string? Markdown { get; set; }
}
