using System.Text;
using AnyAscii;

namespace Portal.Core.Text;

/// <summary>Turns titles into URL segments following the Vietnamese rules of DESIGN.md §8.</summary>
public static class Slug
{
    /// <summary>Maximum length of one generated slug; longer titles are cut at a word boundary.</summary>
    public const int MaxLength = 120;

    /// <summary>
    /// "Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa" → "lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-thanh-hoa".
    /// Letters of other scripts are transliterated to ASCII rather than dropped.
    /// </summary>
    public static string Create(string? text)
    {
        var ascii = VietnameseText.RemoveMarks(text).Transliterate().ToLowerInvariant();
        var builder = new StringBuilder(ascii.Length);
        var pendingDash = false;
        foreach (var c in ascii)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        if (builder.Length <= MaxLength)
        {
            return builder.ToString();
        }

        var cut = builder.ToString(0, MaxLength);
        var lastDash = cut.LastIndexOf('-');
        return lastDash > MaxLength / 2 ? cut[..lastDash] : cut;
    }
}
