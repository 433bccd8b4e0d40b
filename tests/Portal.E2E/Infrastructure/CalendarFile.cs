using System.Text;

namespace Portal.E2E.Infrastructure;

/// <summary>
/// A minimal reader of an iCalendar file (RFC 5545), written here rather than taken from the library the site uses,
/// so a mistake of that library is not repeated on both sides: unfolds lines, splits NAME;PARAMS:VALUE, unescapes text.
/// </summary>
public sealed class CalendarFile
{
    private CalendarFile(string raw, IReadOnlyList<(string Name, string Parameters, string Value)> lines)
    {
        Raw = raw;
        Lines = lines;
    }

    public string Raw { get; }

    public IReadOnlyList<(string Name, string Parameters, string Value)> Lines { get; }

    /// <summary>The physical lines as sent (CRLF-separated, folded at 75 octets).</summary>
    public IEnumerable<string> PhysicalLines => Raw.Split("\r\n").Where(l => l.Length > 0);

    public static CalendarFile Parse(string raw)
    {
        var unfolded = raw.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal);
        var lines = new List<(string, string, string)>();
        foreach (var line in unfolded.Split("\r\n").Where(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new FormatException($"Not a content line: {line}");
            }

            var head = line[..colon];
            var semicolon = head.IndexOf(';', StringComparison.Ordinal);
            var name = semicolon < 0 ? head : head[..semicolon];
            var parameters = semicolon < 0 ? "" : head[(semicolon + 1)..];
            lines.Add((name.ToUpperInvariant(), parameters, line[(colon + 1)..]));
        }

        return new CalendarFile(raw, lines);
    }

    /// <summary>The value of the first property of that name inside the component (VEVENT...), TEXT unescaped.</summary>
    public string? Property(string component, string name)
    {
        var inside = false;
        foreach (var (lineName, _, value) in Lines)
        {
            if (lineName == "BEGIN" && value.Equals(component, StringComparison.OrdinalIgnoreCase))
            {
                inside = true;
            }
            else if (lineName == "END" && value.Equals(component, StringComparison.OrdinalIgnoreCase))
            {
                inside = false;
            }
            else if (inside && lineName == name)
            {
                return Unescape(value);
            }
        }

        return null;
    }

    public int Count(string name, string value) => Lines.Count(l => l.Name == name && l.Value.Equals(value, StringComparison.OrdinalIgnoreCase));

    private static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}
