using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.E2E.Infrastructure;

namespace Portal.E2E.Admin;

/// <summary>
/// The page "Thống kê truy cập" in a real browser, under the dashboard's Content-Security-Policy: a reader's visit
/// reaches it, Chart.js (served by the module) draws both periods, the CSV downloads, and the console stays clean.
/// </summary>
public sealed partial class VisitStatisticsBrowserTests(SetUpSite site) : BrowserTest(site), IClassFixture<SetUpSite>
{
    [Fact]
    public Task Statistics_AfterAReadersVisit_ChartTableAndCsvWithoutConsoleErrors() => RunAsync(async journey =>
    {
        var reader = await journey.NewPageAsync(Device.Desktop);
        Assert.Equal(200, (await reader.GotoAsync("/"))!.Status);
        await WaitForCountedVisitAsync(reader);

        var admin = await journey.NewPageAsync(Device.Desktop);
        var consoleErrors = new List<string>();
        admin.Console += (_, message) =>
        {
            // The browser's own request for /favicon.ico is included: it is sent to the theme's icon.
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        await admin.GotoAsync("/admin");
        await admin.GetByTestId("sign-in-username").FillAsync("admin");
        await admin.GetByTestId("sign-in-password").FillAsync(PortalServer.AdminPassword);
        await admin.GetByTestId("sign-in-submit").ClickAsync();
        await Expect(admin.GetByTestId("visits-today")).Not.ToHaveTextAsync("0");
        await admin.GetByTestId("nav-statistics").ClickAsync();

        await Expect(admin.Locator("h1")).ToHaveTextAsync("Thống kê truy cập");
        await Expect(admin.GetByTestId("stats-today")).Not.ToHaveTextAsync("0");
        await Expect(admin.GetByTestId("visit-chart")).ToBeVisibleAsync();
        Assert.Equal(30, await ChartLabelCountAsync(admin));
        await Expect(admin.GetByTestId("visit-table").GetByTestId("visit-row")).ToHaveCountAsync(30);

        await admin.GetByTestId("period-365").ClickAsync();
        await Expect(admin.GetByTestId("period-365")).ToHaveAttributeAsync("aria-current", "page");
        Assert.Equal(365, await ChartLabelCountAsync(admin));

        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByTestId("statistics-csv").ClickAsync());
        Assert.Matches(CsvName(), download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Ngày,Khách truy cập,Lượt xem trang\r\n", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    });

    /// <summary>The reader's visit is in the numbers once the counter has flushed (every 2 seconds).</summary>
    private static async Task WaitForCountedVisitAsync(IPage page)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await page.APIRequest.GetAsync("/api/visits");
            using var json = JsonDocument.Parse(await response.TextAsync());
            if (json.RootElement.GetProperty("today").GetInt64() > 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The reader's visit was not counted within 20 seconds.");
            await Task.Delay(250);
        }
    }

    /// <summary>How many days the drawn chart holds (asked of Chart.js itself, so the chart really exists).</summary>
    private static Task<int> ChartLabelCountAsync(IPage page) =>
        page.EvaluateAsync<int>("() => window.Chart.getChart(document.querySelector('[data-testid=visit-chart]')).data.labels.length");

    [GeneratedRegex(@"^thong-ke-truy-cap-365-ngay-\d{4}-\d{2}-\d{2}\.csv$")]
    private static partial Regex CsvName();
}
