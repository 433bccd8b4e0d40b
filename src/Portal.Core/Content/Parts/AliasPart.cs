namespace Portal.Core.Content.Parts;

/// <summary>A stable name by which templates find an item ("main-menu").</summary>
public sealed class AliasPart
{
    public string? Alias { get; set; }
}
