using Microsoft.Extensions.Options;
using Portal.VisitCounter.Options;

namespace Portal.VisitCounter.Counting;

/// <summary>
/// Counts hits in memory between two flushes: page views per day and per item, new visitors per day, and when
/// each visitor was last seen. Thread-safe: every hit lands in exactly one batch, none is lost or counted twice.
/// </summary>
public sealed class VisitAggregator
{
    private const int ShardCount = 16;

    private readonly VisitShard[] shards;

    public VisitAggregator(IOptions<VisitCounterOptions> options)
    {
        var perShard = Math.Max(1, options.Value.MaxVisitorsInMemory / ShardCount);
        shards = Enumerable.Range(0, ShardCount).Select(_ => new VisitShard(perShard)).ToArray();
    }

    /// <summary>Today's visitors this node has already sent (and will not send again today).</summary>
    public int RememberedVisitors => shards.Sum(s => s.RememberedCount);

    /// <summary>Visitors waiting for the next flush.</summary>
    public int PendingVisitors => shards.Sum(s => s.PendingVisitorCount);

    /// <summary>New visitors not held because memory was at its bound (they may still count on a later visit).</summary>
    public long DroppedVisitors => shards.Sum(s => s.Dropped);

    public void Record(in VisitHit hit) => ShardOf(hit.Visitor).Record(hit);

    /// <summary>Takes everything recorded so far; hits recorded meanwhile go to the next batch.</summary>
    public VisitBatch Drain()
    {
        var batch = new VisitBatch();
        foreach (var shard in shards)
        {
            shard.DrainInto(batch);
        }

        return batch;
    }

    /// <summary>Puts back a batch that could not be written, so the next flush carries it.</summary>
    public void Restore(VisitBatch batch)
    {
        var visitors = batch.NewVisitors.SelectMany(pair => pair.Value.Select(v => new VisitorDay(pair.Key, v))).ToLookup(v => Index(v.Visitor));
        var seen = batch.LastSeen.ToLookup(pair => Index(pair.Key));
        for (var i = 0; i < shards.Length; i++)
        {
            // Day totals and item views are not tied to a visitor: the first shard takes them back.
            shards[i].Restore(visitors[i], seen[i], i == 0 ? batch.PageViews : [], i == 0 ? batch.ItemViews : []);
        }
    }

    private VisitShard ShardOf(UInt128 visitor) => shards[Index(visitor)];

    private static int Index(UInt128 visitor) => (int)(visitor % ShardCount);
}
