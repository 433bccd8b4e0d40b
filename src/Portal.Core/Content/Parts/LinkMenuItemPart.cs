namespace Portal.Core.Content.Parts;

/// <summary>A menu entry that links to a URL ("~/" means the site root).</summary>
public sealed class LinkMenuItemPart
{
    public string? Name { get; set; }
    public string? Url { get; set; }
    public string? Target { get; set; }
}
