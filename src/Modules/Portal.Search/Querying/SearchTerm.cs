namespace Portal.Search.Querying;

/// <summary>
/// One thing every result must contain: a word (matched whole, or as the start of a word when
/// <see cref="Prefix"/>), or a phrase of several words in that order. Words are folded letters and digits only.
/// </summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix)
{
    public bool IsPhrase => Words.Count > 1;

    public bool Equals(SearchTerm? other) => other is not null && Prefix == other.Prefix && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => HashCode.Combine(Prefix, string.Join(' ', Words));
}
