namespace Portal.VisitCounter.Counting;

/// <summary>Everything recorded since the last flush, taken out of the aggregator to be added to the database.</summary>
public sealed class VisitBatch
{
    /// <summary>Visitors this node has not sent yet today, by day.</summary>
    public Dictionary<DateOnly, List<UInt128>> NewVisitors { get; } = [];

    /// <summary>When each visitor was last seen (Unix seconds), for "Đang online".</summary>
    public Dictionary<UInt128, long> LastSeen { get; } = [];

    public Dictionary<DateOnly, long> PageViews { get; } = [];

    public Dictionary<ItemDay, long> ItemViews { get; } = [];

    public bool IsEmpty => NewVisitors.Count == 0 && LastSeen.Count == 0 && PageViews.Count == 0 && ItemViews.Count == 0;

    public long NewVisitorCount => NewVisitors.Values.Sum(list => (long)list.Count);

    public long PageViewCount => PageViews.Values.Sum();

    internal void Add(IEnumerable<VisitorDay> visitors, Dictionary<UInt128, long> lastSeen, Dictionary<DateOnly, long> pageViews, Dictionary<ItemDay, long> itemViews)
    {
        foreach (var visitor in visitors)
        {
            if (!NewVisitors.TryGetValue(visitor.Day, out var list))
            {
                NewVisitors[visitor.Day] = list = [];
            }

            list.Add(visitor.Visitor);
        }

        foreach (var (visitor, seconds) in lastSeen)
        {
            LastSeen[visitor] = Math.Max(LastSeen.GetValueOrDefault(visitor), seconds);
        }

        foreach (var (day, count) in pageViews)
        {
            PageViews[day] = PageViews.GetValueOrDefault(day) + count;
        }

        foreach (var (item, count) in itemViews)
        {
            ItemViews[item] = ItemViews.GetValueOrDefault(item) + count;
        }
    }
}
