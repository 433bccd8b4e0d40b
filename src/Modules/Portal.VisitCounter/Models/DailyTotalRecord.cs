namespace Portal.VisitCounter.Models;

/// <summary>The distinct visitors and the page views of one Vietnamese calendar day (only ever increased by deltas).</summary>
public sealed class DailyTotalRecord
{
    public DateOnly Day { get; set; }

    public long Visitors { get; set; }

    public long PageViews { get; set; }
}
