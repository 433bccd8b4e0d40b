using System.Runtime.InteropServices;

namespace Portal.VisitCounter.Counting;

/// <summary>
/// One slice of the aggregator (chosen by the visitor hash), behind its own lock, so parallel requests rarely
/// wait for each other. A hit is a few dictionary operations under the lock; a flush swaps the collections out.
/// </summary>
internal sealed class VisitShard(int maxVisitors)
{
    private readonly Lock gate = new();
    private HashSet<VisitorDay> newVisitors = [];
    private Dictionary<UInt128, long> lastSeen = [];
    private Dictionary<DateOnly, long> pageViews = [];
    private Dictionary<ItemDay, long> itemViews = [];

    // Today's visitors already handed to a flush: a visitor is sent at most once per node per day.
    private HashSet<UInt128> sentToday = [];
    private DateOnly sentDay;
    private long dropped;

    public int RememberedCount
    {
        get
        {
            lock (gate)
            {
                return sentToday.Count;
            }
        }
    }

    public int PendingVisitorCount
    {
        get
        {
            lock (gate)
            {
                return newVisitors.Count;
            }
        }
    }

    public long Dropped => Interlocked.Read(ref dropped);

    public void Record(in VisitHit hit)
    {
        lock (gate)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(pageViews, hit.Day, out _)++;
            if (hit.ContentItemId is not null)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(itemViews, new ItemDay(hit.Day, hit.ContentItemId), out _)++;
            }

            if (hit.Day > sentDay)
            {
                // A new day has a new salt: yesterday's hashes will never be seen again.
                sentDay = hit.Day;
                sentToday = [];
            }

            if (!(hit.Day == sentDay && sentToday.Contains(hit.Visitor)))
            {
                var visitorDay = new VisitorDay(hit.Day, hit.Visitor);
                if (newVisitors.Count < maxVisitors || newVisitors.Contains(visitorDay))
                {
                    newVisitors.Add(visitorDay);
                }
                else
                {
                    Interlocked.Increment(ref dropped);
                }
            }

            ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(lastSeen, hit.Visitor, out var exists);
            if (!exists || hit.UnixSeconds > seen)
            {
                seen = hit.UnixSeconds;
            }

            if (!exists && lastSeen.Count > maxVisitors)
            {
                // Online is a best-effort gauge: past the bound, a new visitor is simply not tracked for it.
                lastSeen.Remove(hit.Visitor);
            }
        }
    }

    /// <summary>Moves what was recorded into the batch and remembers today's visitors as sent.</summary>
    public void DrainInto(VisitBatch batch)
    {
        HashSet<VisitorDay> visitors;
        Dictionary<UInt128, long> seen;
        Dictionary<DateOnly, long> views;
        Dictionary<ItemDay, long> items;
        lock (gate)
        {
            (visitors, newVisitors) = (newVisitors, []);
            (seen, lastSeen) = (lastSeen, []);
            (views, pageViews) = (pageViews, []);
            (items, itemViews) = (itemViews, []);
            foreach (var visitor in visitors)
            {
                // Past the bound the node forgets; the database's unique key still counts the visitor once.
                if (visitor.Day == sentDay && sentToday.Count < maxVisitors)
                {
                    sentToday.Add(visitor.Visitor);
                }
            }
        }

        batch.Add(visitors, seen, views, items);
    }

    /// <summary>Gives back what a failed flush took, to be sent with the next one.</summary>
    public void Restore(IEnumerable<VisitorDay> visitors, IEnumerable<KeyValuePair<UInt128, long>> seen,
        IEnumerable<KeyValuePair<DateOnly, long>> views, IEnumerable<KeyValuePair<ItemDay, long>> items)
    {
        lock (gate)
        {
            foreach (var visitor in visitors)
            {
                newVisitors.Add(visitor);
            }

            foreach (var (visitor, seconds) in seen)
            {
                lastSeen[visitor] = Math.Max(lastSeen.GetValueOrDefault(visitor), seconds);
            }

            foreach (var (day, count) in views)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(pageViews, day, out _) += count;
            }

            foreach (var (item, count) in items)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(itemViews, item, out _) += count;
            }
        }
    }
}
