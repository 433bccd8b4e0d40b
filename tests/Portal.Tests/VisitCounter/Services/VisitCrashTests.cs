using Portal.Tests.Infrastructure;
using Portal.Tests.VisitCounter.Infrastructure;

namespace Portal.Tests.VisitCounter.Services;

/// <summary>The real site in its own process, killed with SIGKILL: what was flushed survives, at most one interval is lost.</summary>
public sealed class VisitCrashTests
{
    private static readonly Dictionary<string, string> OneSecondFlush = new() { ["Portal__VisitCounter__FlushSeconds"] = "1" };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task KillNine_HitsFlushedBeforeTheCrashSurvive_AtMostTheLastIntervalIsLost(string provider)
    {
        using var database = TestDatabase.Create(provider);
        ApiVisitCounts flushed;
        await using (var site = await PortalServer.StartAsync(database, OneSecondFlush))
        {
            for (var visitor = 0; visitor < 5; visitor++)
            {
                await site.VisitAsync("/", Browsers.Visitor(visitor));
                await site.VisitAsync("/gioi-thieu", Browsers.Visitor(visitor));
            }

            // The numbers only change when a flush has committed them.
            flushed = await site.WaitForAsync(c => c.Today == 5 && c.PageViewsToday == 10, TimeSpan.FromSeconds(30));
            Assert.Equal((5L, 10L), (flushed.Today, flushed.PageViewsToday));

            // The last interval: sent, then killed before the timer can write it.
            for (var visitor = 5; visitor < 8; visitor++)
            {
                await site.VisitAsync("/", Browsers.Visitor(visitor));
            }

            await site.KillAsync();
        }

        await using var restarted = await PortalServer.StartAsync(database, OneSecondFlush);
        var after = await restarted.ApiAsync();

        Assert.InRange(after.Today, 5, 8);
        Assert.InRange(after.PageViewsToday, 10, 13);
        Assert.Equal(after.PageViewsToday - 10, after.Today - 5);
        Assert.Equal(58716 + after.Today, after.Total);
    }

    [Fact]
    public async Task SigTerm_EverythingIsWrittenAtShutdown()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using (var site = await PortalServer.StartAsync(database, new Dictionary<string, string> { ["Portal__VisitCounter__FlushSeconds"] = "3600" }))
        {
            for (var visitor = 0; visitor < 4; visitor++)
            {
                await site.VisitAsync("/gioi-thieu", Browsers.Visitor(visitor));
            }

            Assert.Equal(0, (await site.ApiAsync()).Today);
            await site.StopAsync();
        }

        await using var restarted = await PortalServer.StartAsync(database, OneSecondFlush);
        var after = await restarted.ApiAsync();

        Assert.Equal((4L, 4L), (after.Today, after.PageViewsToday));
    }
}
