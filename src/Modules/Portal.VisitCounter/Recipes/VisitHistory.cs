using Portal.VisitCounter.Models;

namespace Portal.VisitCounter.Recipes;

/// <summary>
/// What the counter has counted on this site, as a whole-site export carries it: each day's visitors and page views,
/// each day's views of every item ("most read" over a period) and every item's views of all time ("Lượt xem").
/// </summary>
public sealed record VisitHistory(
    IReadOnlyList<DailyTotalRecord> Days,
    IReadOnlyList<ItemDailyViewRecord> ItemDays,
    IReadOnlyList<ItemViewRecord> Items)
{
    public static readonly VisitHistory Empty = new([], [], []);

    public bool IsEmpty => Days.Count == 0 && ItemDays.Count == 0 && Items.Count == 0;

    /// <summary>The visitors of every day counted here: the total shown is the starting total plus this.</summary>
    public long Visitors => Days.Sum(d => d.Visitors);
}
