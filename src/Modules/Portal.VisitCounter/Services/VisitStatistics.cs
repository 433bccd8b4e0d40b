using Portal.VisitCounter.Counting;

namespace Portal.VisitCounter.Services;

/// <summary>
/// The latest numbers, read from memory by <c>/api/visits</c> and the Liquid <c>Visits</c> object: the flush
/// refreshes them from the database, so they are at most one flush interval old and cost nothing to read.
/// </summary>
public sealed class VisitStatistics(TimeProvider clock)
{
    private volatile VisitCounts counts = VisitCounts.Empty;

    /// <summary>The numbers now; past midnight and before the next flush, today's start at zero.</summary>
    public VisitCounts Current
    {
        get
        {
            var known = counts;
            var today = VisitDays.DayOf(clock.GetUtcNow());
            return known.Day >= today ? known : known with { Day = today, Today = 0, PageViewsToday = 0 };
        }
    }

    internal void Update(VisitCounts latest) => counts = latest;
}
