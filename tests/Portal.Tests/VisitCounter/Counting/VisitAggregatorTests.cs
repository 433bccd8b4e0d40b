using Microsoft.Extensions.Options;
using Portal.VisitCounter.Counting;
using Portal.VisitCounter.Options;

namespace Portal.Tests.VisitCounter.Counting;

public sealed class VisitAggregatorTests
{
    private static readonly DateOnly Day = new(2026, 11, 27);

    private static VisitAggregator Create(int maxVisitors = 1_000_000) =>
        new(Microsoft.Extensions.Options.Options.Create(new VisitCounterOptions { MaxVisitorsInMemory = maxVisitors }));

    private static VisitHit Hit(int visitor, string? item = null, DateOnly? day = null, long seconds = 1_000) =>
        new(day ?? Day, (UInt128)visitor * 0x9E3779B97F4A7C15UL, seconds, item);

    [Fact]
    public async Task Record_2000ParallelPageViewsBy40VisitorsWhileDraining_EveryHitInExactlyOneBatch()
    {
        var aggregator = Create();
        var batches = new List<VisitBatch>();
        using var done = new CancellationTokenSource();
        var drainer = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                batches.Add(aggregator.Drain());
                await Task.Yield();
            }
        });

        await Parallel.ForEachAsync(Enumerable.Range(0, 2000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, (i, _) =>
        {
            aggregator.Record(Hit(i % 40, item: i % 2 == 0 ? "item-a" : null, seconds: 1_000 + i));
            return ValueTask.CompletedTask;
        });
        await done.CancelAsync();
        await drainer;
        batches.Add(aggregator.Drain());

        Assert.Equal(2000, batches.Sum(b => b.PageViewCount));
        Assert.Equal(1000, batches.Sum(b => b.ItemViews.GetValueOrDefault(new ItemDay(Day, "item-a"))));
        var visitors = batches.SelectMany(b => b.NewVisitors.GetValueOrDefault(Day) ?? []).ToList();
        Assert.Equal(40, visitors.Count);
        Assert.Equal(40, visitors.Distinct().Count());
        Assert.Equal(40, aggregator.RememberedVisitors);
    }

    [Fact]
    public void Drain_VisitorAlreadySentToday_IsNotSentAgainButPageViewsAre()
    {
        var aggregator = Create();
        aggregator.Record(Hit(1));
        var first = aggregator.Drain();
        aggregator.Record(Hit(1, seconds: 2_000));
        var second = aggregator.Drain();

        Assert.Single(first.NewVisitors[Day]);
        Assert.Empty(second.NewVisitors);
        Assert.Equal(1, second.PageViewCount);
        Assert.Equal(2_000, second.LastSeen.Single().Value);
    }

    [Fact]
    public void Record_SameHashOnANewDay_CountsAsANewVisitorOfThatDay()
    {
        var aggregator = Create();
        aggregator.Record(Hit(1));
        aggregator.Drain();
        aggregator.Record(Hit(1, day: Day.AddDays(1)));

        var batch = aggregator.Drain();

        Assert.Single(batch.NewVisitors[Day.AddDays(1)]);
    }

    [Fact]
    public void Restore_AfterAFailedFlush_NextBatchCarriesEverything()
    {
        var aggregator = Create();
        for (var i = 0; i < 30; i++)
        {
            aggregator.Record(Hit(i % 10, item: "item-a"));
        }

        var failed = aggregator.Drain();
        aggregator.Record(Hit(3));
        aggregator.Restore(failed);
        var retried = aggregator.Drain();

        Assert.Equal(10, retried.NewVisitorCount);
        Assert.Equal(31, retried.PageViewCount);
        Assert.Equal(30, retried.ItemViews[new ItemDay(Day, "item-a")]);
        Assert.Equal(10, retried.LastSeen.Count);
    }

    [Fact]
    public void Record_100000DistinctVisitorsInADay_AllRememberedOnceAndNothingPendingAfterDrain()
    {
        var aggregator = Create();
        for (var i = 0; i < 100_000; i++)
        {
            aggregator.Record(Hit(i));
        }

        var batch = aggregator.Drain();
        for (var i = 0; i < 100_000; i++)
        {
            aggregator.Record(Hit(i));
        }

        var repeat = aggregator.Drain();

        Assert.Equal(100_000, batch.NewVisitorCount);
        Assert.Equal(100_000, aggregator.RememberedVisitors);
        Assert.Equal(0, repeat.NewVisitorCount);
        Assert.Equal(0, aggregator.PendingVisitors);
    }

    [Fact]
    public void Record_MoreVisitorsThanTheBound_MemoryStopsGrowingAndTheRestIsReported()
    {
        var aggregator = Create(maxVisitors: 16_000);
        for (var i = 0; i < 50_000; i++)
        {
            aggregator.Record(Hit(i));
        }

        Assert.InRange(aggregator.PendingVisitors, 1, 16_000);
        Assert.Equal(50_000 - aggregator.PendingVisitors, aggregator.DroppedVisitors);
        var batch = aggregator.Drain();
        Assert.Equal(50_000, batch.PageViewCount);
        Assert.InRange(aggregator.RememberedVisitors, 1, 16_000);
    }
}
