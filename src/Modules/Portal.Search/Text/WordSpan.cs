namespace Portal.Search.Text;

/// <summary>A word of the original text (where it starts, how long it is) and its folded form.</summary>
public readonly record struct WordSpan(int Start, int Length, string Folded)
{
    public int End => Start + Length;
}
