using System.Diagnostics;
using System.Globalization;
using Portal.E2E.Infrastructure;

namespace Portal.E2E.Reader;

/// <summary>
/// The "Thống kê truy cập" block counts people, not page views: new readers each opening two pages raise "Hôm nay"
/// (and "Đã truy cập") by one each. The numbers reach <c>/api/visits</c>, which the theme's <c>visits.js</c> shows,
/// at the counter's next flush (every second on this site).
/// </summary>
public sealed class VisitCounterTests(VisitCounterSite site) : BrowserTest(site), IClassFixture<VisitCounterSite>
{
    /// <summary>
    /// Headless Chromium as it introduces itself: the counter ignores it as a robot, so it can watch the block
    /// without adding to it.
    /// </summary>
    private const string HeadlessUserAgent =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36";

    /// <summary>Three people on ordinary desktop browsers. All come from 127.0.0.1: only the User-Agent tells them apart.</summary>
    private static readonly string[] Visitors =
    [
        DeviceProfiles.DesktopUserAgent,
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    ];

    private static readonly TimeSpan CatchUpTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public Task Today_ThreeNewVisitorsOpenTwoPagesEach_GrowsByExactlyThree() => RunAsync(async journey =>
    {
        var observer = await journey.NewPageAsync(Device.Desktop, HeadlessUserAgent);
        var (todayBefore, totalBefore) = await OpenAsync(observer, () => observer.GotoAsync("/"));

        foreach (var userAgent in Visitors)
        {
            var visitor = await journey.NewPageAsync(Device.Desktop, userAgent);
            Assert.Equal(200, (await visitor.GotoAsync("/"))!.Status);
            await visitor.GetByTestId("main-menu").GetByRole(AriaRole.Link, new() { Name = "Giới thiệu" }).ClickAsync();
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Giới thiệu");
        }

        var (today, total) = await ReloadUntilTodayIsAsync(observer, todayBefore + 3);
        Assert.Equal(todayBefore + 3, today);
        Assert.Equal(totalBefore + 3, total);

        // Exactly three: a few flushes later the second pages have not counted as new people.
        await observer.WaitForTimeoutAsync((float)(3 * VisitCounterSite.FlushSeconds * 1000));
        Assert.Equal((todayBefore + 3, totalBefore + 3), await OpenAsync(observer, () => observer.ReloadAsync()));
    });

    /// <summary>Reloads the page until "Hôm nay" shows the number (visits reach the block at the next flush).</summary>
    private static async Task<(long Today, long Total)> ReloadUntilTodayIsAsync(IPage page, long expected)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var shown = await OpenAsync(page, () => page.ReloadAsync());
            if (shown.Today == expected || waited.Elapsed > CatchUpTimeout)
            {
                return shown;
            }

            await page.WaitForTimeoutAsync(500);
        }
    }

    /// <summary>
    /// Loads the page and reads "Hôm nay" and "Đã truy cập" as it shows them once <c>visits.js</c> has written the
    /// answer of <c>/api/visits</c> into the block (in Vietnamese format: "58.716").
    /// </summary>
    private static async Task<(long Today, long Total)> OpenAsync(IPage page, Func<Task> load)
    {
        var answer = await page.RunAndWaitForResponseAsync(load, r => r.Url.EndsWith("/api/visits", StringComparison.Ordinal));
        var counts = System.Text.Json.JsonDocument.Parse(await answer.TextAsync()).RootElement;
        var today = counts.GetProperty("today").GetInt64();
        var total = counts.GetProperty("total").GetInt64();
        await Expect(page.GetByTestId("visits-today")).ToHaveTextAsync(Vietnamese(today));
        await Expect(page.GetByTestId("visits-total")).ToHaveTextAsync(Vietnamese(total));
        return (today, total);
    }

    private static string Vietnamese(long number) =>
        number.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", ".", StringComparison.Ordinal);
}
