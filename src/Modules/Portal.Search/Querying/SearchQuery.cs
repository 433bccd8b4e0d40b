using System.Text;
using Portal.Search.Text;

namespace Portal.Search.Querying;

/// <summary>
/// What a reader typed, made safe and understood. The text is kept for showing back (control characters removed,
/// cut to <see cref="MaxLength"/>); the terms are folded words: each bare word matches a word or the start of one
/// ("thach" finds "Thạch"), words in quotes match whole and in that order ("đội ngũ" as a phrase). Every term must
/// be found. Nothing the reader types is an operator: quotes group words, everything else that is not a letter or a
/// digit separates words.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Characters of the query that are read; the rest is ignored.</summary>
    public const int MaxLength = 200;

    /// <summary>Words of the query that are searched for (phrases count each of their words); the rest are ignored.</summary>
    public const int MaxWords = 10;

    /// <summary>Quote marks that open or close a phrase: straight, and the curly ones Vietnamese keyboards produce.</summary>
    private const string Quotes = "\"“”„";

    private SearchQuery(string text, IReadOnlyList<SearchTerm> terms)
    {
        Text = text;
        Terms = terms;
    }

    /// <summary>The query as shown back to the reader (always HTML-encoded by the template).</summary>
    public string Text { get; }

    public IReadOnlyList<SearchTerm> Terms { get; }

    public bool HasTerms => Terms.Count > 0;

    public static SearchQuery Parse(string? input)
    {
        var text = Clean(input);
        var terms = new List<SearchTerm>();
        var words = 0;
        var segment = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (Quotes.Contains(c))
            {
                AddTerms(terms, segment.ToString(), quoted, ref words);
                segment.Clear();
                quoted = !quoted;
            }
            else
            {
                segment.Append(c);
            }
        }

        // An unclosed quote quotes nothing: its words are read as bare words.
        AddTerms(terms, segment.ToString(), quoted: false, ref words);
        return new SearchQuery(text, terms);
    }

    /// <summary>Control characters become spaces, spaces are collapsed, and the text is cut to <see cref="MaxLength"/> without splitting a character.</summary>
    public static string Clean(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return "";
        }

        var source = SearchTokenizer.WellFormed(input.Length > MaxLength * 4 ? input[..(MaxLength * 4)] : input);
        var builder = new StringBuilder(Math.Min(source.Length, MaxLength));
        foreach (var c in source)
        {
            var space = char.IsControl(c) || char.IsWhiteSpace(c);
            if (space && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(space ? ' ' : c);
        }

        var text = builder.ToString().TrimEnd();
        if (text.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            text = text[..cut].TrimEnd();
        }

        return text;
    }

    private static void AddTerms(List<SearchTerm> terms, string segment, bool quoted, ref int words)
    {
        var found = SearchTokenizer.Words(segment);
        if (found.Count == 0 || words >= MaxWords)
        {
            return;
        }

        if (found.Count > MaxWords - words)
        {
            found = found.Take(MaxWords - words).ToList();
        }

        var added = quoted
            ? [new SearchTerm(found, Prefix: false)]
            // A single letter as a prefix would match most of the index; alone it is matched as a whole word.
            : found.Select(w => new SearchTerm([w], Prefix: w.Length > 1));
        foreach (var term in added)
        {
            if (!terms.Contains(term))
            {
                terms.Add(term);
                words += term.Words.Count;
            }
        }
    }
}
