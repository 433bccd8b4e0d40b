namespace Portal.E2E.Infrastructure;

/// <summary>
/// A site set up by the site recipe whose visit counter flushes every second (the default is 2 s), so the numbers a
/// reader sees catch up with the visits sooner.
/// </summary>
public sealed class VisitCounterSite : SiteFixture
{
    public const double FlushSeconds = 1;

    protected override IReadOnlyDictionary<string, string> ServerSettings { get; } = new Dictionary<string, string>
    {
        ["Portal__VisitCounter__FlushSeconds"] = FlushSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
