namespace Portal.Core.Content.Fields;

/// <summary>Ids of other content items.</summary>
public sealed class ContentPickerField
{
    public List<string> ContentItemIds { get; set; } = [];
}
