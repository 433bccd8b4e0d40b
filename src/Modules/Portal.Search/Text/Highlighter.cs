using Portal.Search.Querying;

namespace Portal.Search.Text;

/// <summary>
/// Finds the query's words in original text (comparing folded words, as the index does) and cuts it into plain and
/// marked segments: whole titles, and excerpts around the first match.
/// </summary>
public static class Highlighter
{
    /// <summary>Characters of an excerpt, about.</summary>
    public const int ExcerptLength = 240;

    /// <summary>How much text comes before the first match in an excerpt, about.</summary>
    private const int Lead = 70;

    /// <summary>The whole text, its matched words marked.</summary>
    public static IReadOnlyList<TextSegment> Mark(string text, SearchQuery query) => Segments(text, Matches(SearchTokenizer.Spans(text), query), 0, text.Length);

    /// <summary>
    /// An excerpt of the section that matches most of the query's terms (the first section when none does), starting
    /// a little before its first match.
    /// </summary>
    public static Excerpt ExcerptOf(IReadOnlyList<string> sections, SearchQuery query)
    {
        if (sections.Count == 0)
        {
            return Excerpt.Empty;
        }

        var best = sections
            .Select((text, index) =>
            {
                var spans = SearchTokenizer.Spans(text);
                var found = query.Terms.Select(t => Find(spans, t)).ToList();
                return (Text: text, Spans: spans, Ranges: Merge(found.SelectMany(r => r)), Terms: found.Count(r => r.Count > 0), Index: index);
            })
            .OrderByDescending(s => s.Terms).ThenByDescending(s => s.Ranges.Count).ThenBy(s => s.Index)
            .First();

        var first = best.Ranges.Count > 0 ? best.Ranges[0].Start : 0;
        var start = first <= Lead ? 0 : WordStartAfter(best.Spans, first - Lead, first);
        var end = start + ExcerptLength >= best.Text.Length ? best.Text.Length : WordEndBefore(best.Spans, start + ExcerptLength, start);
        if (end < best.Text.Length && char.IsLowSurrogate(best.Text[end]))
        {
            end--;
        }

        return new Excerpt(Segments(best.Text, best.Ranges, start, end), start > 0, end < best.Text.Length);
    }

    private static List<(int Start, int End)> Matches(List<WordSpan> spans, SearchQuery query) =>
        Merge(query.Terms.SelectMany(t => Find(spans, t)));

    /// <summary>Where a term occurs: single words whole or as a prefix, phrases as consecutive words.</summary>
    private static List<(int Start, int End)> Find(List<WordSpan> spans, SearchTerm term)
    {
        var found = new List<(int, int)>();
        var count = term.Words.Count;
        for (var i = 0; i + count <= spans.Count; i++)
        {
            var matched = true;
            for (var k = 0; k < count && matched; k++)
            {
                var word = spans[i + k].Folded;
                matched = term.Prefix ? word.StartsWith(term.Words[k], StringComparison.Ordinal) : word == term.Words[k];
            }

            if (matched)
            {
                found.Add((spans[i].Start, spans[i + count - 1].End));
            }
        }

        return found;
    }

    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> ranges)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static int WordStartAfter(List<WordSpan> spans, int position, int fallback) =>
        spans.FirstOrDefault(s => s.Start >= position && s.Start <= fallback) is { Length: > 0 } span ? span.Start : fallback;

    private static int WordEndBefore(List<WordSpan> spans, int position, int start) =>
        spans.LastOrDefault(s => s.End <= position && s.Start >= start) is { Length: > 0 } span ? span.End : position;

    private static List<TextSegment> Segments(string text, List<(int Start, int End)> ranges, int start, int end)
    {
        var segments = new List<TextSegment>();
        var position = start;
        foreach (var (from, to) in ranges)
        {
            var a = Math.Max(from, start);
            var b = Math.Min(to, end);
            if (a >= b)
            {
                continue;
            }

            if (a > position)
            {
                segments.Add(new TextSegment(text[position..a], false));
            }

            segments.Add(new TextSegment(text[a..b], true));
            position = b;
        }

        if (position < end)
        {
            segments.Add(new TextSegment(text[position..end], false));
        }

        return segments;
    }
}
