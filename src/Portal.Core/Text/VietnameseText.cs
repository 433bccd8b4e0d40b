using System.Globalization;
using System.Text;

namespace Portal.Core.Text;

/// <summary>
/// Folds Vietnamese text the same way on every side (slugs, search, sorting):
/// NFC first so that decomposed input behaves like composed input, then marks stripped.
/// </summary>
public static class VietnameseText
{
    /// <summary>Removes tone and vowel marks and maps đ/Đ to d/D (Unicode does not decompose đ).</summary>
    public static string RemoveMarks(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormC).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                    builder.Append('d');
                    break;
                case 'Đ':
                    builder.Append('D');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Marks removed and lower-cased: the key used to compare text regardless of diacritics and case.</summary>
    public static string Fold(string? text) => RemoveMarks(text).ToLowerInvariant();
}
