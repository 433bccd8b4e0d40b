using System.Text;
using Portal.Search.Text;

namespace Portal.Search.Querying;

/// <summary>
/// What a reader typed, made safe and understood. The text is kept for showing back (control characters removed,
/// cut to <see cref="MaxLength"/>); the terms are folded words ("Thạch" and "thach" are the same word). A bare word
/// matches a whole word; the last word of the query, and any word followed by "*", also match the start of a
/// word (the reader may not have finished typing it); words in quotes match whole and in that order, as a phrase.
/// Every term must be found. Nothing the reader types is an operator: quotes group words, "*" after a word asks for
/// a prefix, and everything else that is not a letter or a digit only separates words.
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
        var segment = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (Quotes.Contains(c))
            {
                AddTerms(terms, segment.ToString(), quoted);
                segment.Clear();
                quoted = !quoted;
            }
            else
            {
                segment.Append(c);
            }
        }

        // An unclosed quote quotes nothing: its words are read as bare words.
        AddTerms(terms, segment.ToString(), quoted: false);

        // The last word may be unfinished (typed as the reader thinks): it also matches as the start of a word.
        var last = terms.Count > 0 ? terms[^1] : null;
        if (last is { IsPhrase: false, Prefix: false } && text.Length > 0 && !Quotes.Contains(text[^1]) && last.Words[0].Length > 1)
        {
            terms[^1] = last with { Prefix = true };
        }

        return new SearchQuery(text, terms.Distinct().ToList());
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

    /// <summary>
    /// Adds a segment's words: quoted, one phrase (a single quoted word is matched whole); bare, one term per word,
    /// matched whole unless followed by "*" ("khoa*" also finds "khoáng"). Stops at <see cref="MaxWords"/> words.
    /// </summary>
    private static void AddTerms(List<SearchTerm> terms, string segment, bool quoted)
    {
        var room = MaxWords - terms.Sum(t => t.Words.Count);
        var spans = SearchTokenizer.Spans(segment).Take(Math.Max(0, room)).ToList();
        if (spans.Count == 0)
        {
            return;
        }

        if (quoted)
        {
            terms.Add(new SearchTerm(spans.Select(s => s.Folded).ToList(), Prefix: false));
            return;
        }

        foreach (var span in spans)
        {
            // A single letter as a prefix would match most of the index: it is always matched whole.
            var starred = span.End < segment.Length && segment[span.End] == '*' && span.Folded.Length > 1;
            terms.Add(new SearchTerm([span.Folded], starred));
        }
    }
}
