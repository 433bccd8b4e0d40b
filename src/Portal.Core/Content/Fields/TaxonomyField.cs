namespace Portal.Core.Content.Fields;

/// <summary>Terms chosen from a taxonomy.</summary>
public sealed class TaxonomyField
{
    public string? TaxonomyContentItemId { get; set; }
    public List<string> TermContentItemIds { get; set; } = [];
}
