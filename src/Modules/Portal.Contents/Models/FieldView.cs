namespace Portal.Contents.Models;

/// <summary>
/// One field of an item, ready to show whatever its kind: a label and either plain text, sanitized HTML or
/// a list of links (terms, picked items, media, a link field).
/// </summary>
public sealed class FieldView
{
    public required string Name { get; init; }
    public required string Label { get; init; }

    /// <summary>The field kind: TextField, HtmlField, DateTimeField...</summary>
    public required string Kind { get; init; }
    public string? Text { get; init; }

    /// <summary>Already sanitized when saved; shown raw.</summary>
    public string? Html { get; init; }
    public IReadOnlyList<LinkView> Links { get; init; } = [];
}
