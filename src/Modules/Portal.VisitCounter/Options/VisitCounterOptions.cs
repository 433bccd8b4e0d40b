namespace Portal.VisitCounter.Options;

/// <summary>The <c>Portal:VisitCounter</c> configuration section.</summary>
public sealed class VisitCounterOptions
{
    public const string Section = "Portal:VisitCounter";

    /// <summary>Seconds between two flushes of the in-memory counts to the database (and refreshes of the shown numbers).</summary>
    public double FlushSeconds { get; set; } = 2;

    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/8</c>) of reverse proxies whose <c>X-Forwarded-For</c>
    /// is believed. Empty: the connection's own address is the client's, whatever the headers say.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>First path segments that are never counted, added to the built-in ones (admin, api, sign-in, files...).</summary>
    public List<string> ExcludedPathSegments { get; set; } = [];

    /// <summary>
    /// At most this many distinct visitors are held in memory per node: the visitors waiting for the next flush,
    /// and (separately) the visitors of today already flushed. Past it, visits still count (the database's unique
    /// key de-duplicates) but memory stops growing.
    /// </summary>
    public int MaxVisitorsInMemory { get; set; } = 1_000_000;

    public TimeSpan FlushInterval => TimeSpan.FromSeconds(FlushSeconds);

    /// <summary>A clear message for a setting that cannot work, or null.</summary>
    public string? Validate()
    {
        if (!(FlushSeconds is >= 0.1 and <= 3600))
        {
            return $"{Section}:FlushSeconds phải nằm trong khoảng 0,1 đến 3600 giây (đang là {FlushSeconds}).";
        }

        return MaxVisitorsInMemory < 1000
            ? $"{Section}:MaxVisitorsInMemory phải từ 1000 trở lên (đang là {MaxVisitorsInMemory})."
            : null;
    }
}
