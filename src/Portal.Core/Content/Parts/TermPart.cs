namespace Portal.Core.Content.Parts;

/// <summary>Marks a content item as a term of a taxonomy.</summary>
public sealed class TermPart
{
    public string? TaxonomyContentItemId { get; set; }
}
