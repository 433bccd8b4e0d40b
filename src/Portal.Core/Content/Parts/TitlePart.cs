namespace Portal.Core.Content.Parts;

/// <summary>The title of an item; it becomes the item's DisplayText.</summary>
public sealed class TitlePart
{
    public string? Title { get; set; }
}
