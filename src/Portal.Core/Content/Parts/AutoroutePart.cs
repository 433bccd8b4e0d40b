namespace Portal.Core.Content.Parts;

/// <summary>The public path of an item.</summary>
public sealed class AutoroutePart
{
    public string? Path { get; set; }
    public bool SetHomepage { get; set; }
    public bool Disabled { get; set; }
    public bool RouteContainedItems { get; set; }
}
