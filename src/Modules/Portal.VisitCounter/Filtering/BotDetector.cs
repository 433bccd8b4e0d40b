using System.Buffers;

namespace Portal.VisitCounter.Filtering;

/// <summary>
/// Recognises User-Agents of bots, crawlers, HTTP libraries and headless browsers from the maintained list
/// (<c>Resources/bot-user-agents.txt</c>). All fragments are searched in one pass (<see cref="SearchValues{T}"/>,
/// a multi-string matcher), so a longer list costs almost nothing per request.
/// </summary>
public sealed class BotDetector
{
    private const string ResourceName = "Portal.VisitCounter.bot-user-agents.txt";

    private readonly SearchValues<string> fragments;
    private readonly SearchValues<string>? exceptions;

    public BotDetector(IEnumerable<string> lines)
    {
        var entries = lines.Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        Fragments = entries.Where(e => !e.StartsWith('!')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var exceptionList = entries.Where(e => e.StartsWith('!')).Select(e => e[1..].Trim()).Where(e => e.Length > 0).ToList();
        fragments = SearchValues.Create(Fragments.ToArray(), StringComparison.OrdinalIgnoreCase);
        exceptions = exceptionList.Count > 0 ? SearchValues.Create(exceptionList.ToArray(), StringComparison.OrdinalIgnoreCase) : null;
    }

    /// <summary>The fragments in use (without exceptions).</summary>
    public IReadOnlyList<string> Fragments { get; }

    /// <summary>The list shipped with the module.</summary>
    public static BotDetector FromEmbeddedList()
    {
        using var stream = typeof(BotDetector).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Thiếu danh sách bot {ResourceName} trong module.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return new BotDetector(lines);
    }

    /// <summary>True for a bot, and for no User-Agent at all (every browser sends one).</summary>
    public bool IsBot(ReadOnlySpan<char> userAgent)
    {
        if (userAgent.IsWhiteSpace())
        {
            return true;
        }

        return userAgent.ContainsAny(fragments) && !(exceptions is not null && userAgent.ContainsAny(exceptions));
    }
}
