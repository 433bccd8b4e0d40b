namespace Portal.Core.Content.Parts;

/// <summary>Marks an item as contained in a list item.</summary>
public sealed class ContainedPart
{
    public string? ListContentItemId { get; set; }
    public int Order { get; set; }
}
