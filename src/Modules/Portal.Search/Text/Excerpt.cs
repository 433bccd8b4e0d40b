namespace Portal.Search.Text;

/// <summary>A short passage of an item's text with the matched words marked; "…" goes where it was cut.</summary>
public sealed record Excerpt(IReadOnlyList<TextSegment> Parts, bool CutBefore, bool CutAfter)
{
    public static readonly Excerpt Empty = new([], false, false);
}
