using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Portal.Theming.Rendering;

/// <summary>Reads the <c>page</c> query value of a list: absent means 1; anything but a whole number from 1 up is no page at all.</summary>
public static class PageNumber
{
    public const string QueryKey = "page";

    /// <summary>
    /// No list here has this many pages; a larger number is no page at all, and (page - 1) × size can never
    /// overflow into a negative offset.
    /// </summary>
    public const int Max = 100_000;

    /// <summary>The requested page, or null when the value names no page ("0", "-1", "abc", "1.5", two values, past <see cref="Max"/>).</summary>
    public static int? From(HttpRequest request)
    {
        var values = request.Query[QueryKey];
        if (values.Count == 0)
        {
            return 1;
        }

        return values.Count == 1 && values[0] is { Length: > 0 and <= 9 } text && text.All(char.IsAsciiDigit) &&
               int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= Max
            ? page
            : null;
    }
}
