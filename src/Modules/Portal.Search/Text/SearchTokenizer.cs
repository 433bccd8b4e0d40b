using System.Globalization;
using System.Text;
using Portal.Core.Text;

namespace Portal.Search.Text;

/// <summary>
/// Cuts text into the words the index stores and queries look for, the same way on both sides: folded with
/// <see cref="VietnameseText.Fold"/> ("Đội ngũ" → "doi ngu"), split on anything that is not a letter or a digit
/// ("27-NQ/TW" → "27", "nq", "tw"), each word cut to <see cref="MaxWordLength"/>. Both databases receive these words
/// separated by single spaces, so their own tokenizers have nothing left to decide.
/// </summary>
public static class SearchTokenizer
{
    public const int MaxWordLength = 64;

    /// <summary>The folded words of a text, in order.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        var folded = VietnameseText.Fold(WellFormed(text));
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(Cut(folded.AsSpan(start, i - start)));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The folded words joined by single spaces, at most <paramref name="maxWords"/> of them: what the index stores.</summary>
    public static string IndexText(string? text, int maxWords = int.MaxValue)
    {
        var words = Words(text);
        return string.Join(' ', words.Count > maxWords ? words.Take(maxWords) : words);
    }

    /// <summary>
    /// The words of the original text with their positions, for highlighting. A word is a run of letters, digits and
    /// combining marks (so decomposed "a\u0301" stays one word); its folded form equals what <see cref="Words"/> gives.
    /// </summary>
    public static List<WordSpan> Spans(string text)
    {
        var spans = new List<WordSpan>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var folded = Words(text[start..i]);
                if (folded.Count > 0)
                {
                    spans.Add(new WordSpan(start, i - start, folded[0]));
                }

                start = -1;
            }
        }

        return spans;
    }

    /// <summary>The text with unpaired surrogates (which Unicode normalisation refuses) replaced by spaces.</summary>
    public static string WellFormed(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!paired)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append(' ');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static string Cut(ReadOnlySpan<char> word) => (word.Length > MaxWordLength ? word[..MaxWordLength] : word).ToString();
}
