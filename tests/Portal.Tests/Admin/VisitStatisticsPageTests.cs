using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>The page "Thống kê truy cập" and the visits on the dashboard home, on data counted by the visit counter itself.</summary>
public sealed class VisitStatisticsPageTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Statistics_SeededVisits_TodayChartTableAndMostRead(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitStatisticsSite.Start(database);
        var admin = await site.SignInAsync();
        await site.SeedVisitsAsync(admin);

        var page = await admin.GetPageAsync("/admin/statistics");

        Assert.Equal(("3", "3", "60", "4"), (Text(page, "stats-online"), Text(page, "stats-today"), Text(page, "stats-total"), Text(page, "stats-pageviews-today")));
        Assert.Equal("page", page.QuerySelector("[data-testid=period-30]")!.GetAttribute("aria-current"));
        var rows = Rows(page);
        Assert.Equal(30, rows.Count);
        Assert.Equal(["27/11/2026", "3", "4"], rows[0]);
        Assert.Equal(["17/11/2026", "7", "20"], rows[10]);
        Assert.Equal(["29/10/2026", "0", "0"], rows[29]);
        Assert.Equal(["Tổng 30 ngày", "10", "24"], Cells(page.QuerySelector("[data-testid=visit-table-total]")!));

        var chart = JsonDocument.Parse(page.QuerySelector("[data-testid=visit-chart-data]")!.TextContent).RootElement;
        Assert.Equal("application/json", page.QuerySelector("[data-testid=visit-chart-data]")!.GetAttribute("type"));
        Assert.Equal(30, chart.GetProperty("labels").GetArrayLength());
        Assert.Equal(("29/10/2026", "27/11/2026"), (chart.GetProperty("labels")[0].GetString(), chart.GetProperty("labels")[29].GetString()));
        Assert.Equal(("Khách truy cập", 3L, 7L), Series(chart, 0));
        Assert.Equal(("Lượt xem trang", 4L, 20L), Series(chart, 1));
        Assert.NotNull(page.QuerySelector("canvas[data-testid=visit-chart]"));
        Assert.Equal("/admin/statistics?handler=Csv&days=30", page.QuerySelector("[data-testid=statistics-csv]")!.GetAttribute("href"));

        var recent = MostRead(page, "most-read-recent");
        Assert.Equal([("Hội thảo khoa học năm 2026", "/tin-tuc/hoi-thao-khoa-hoc-nam-2026", "18 lượt xem")], recent);
        var allTime = MostRead(page, "most-read-all");
        Assert.Equal(
            [("Đại hội Liên hiệp hội nhiệm kỳ mới", "/tin-tuc/dai-hoi-lien-hiep-hoi-nhiem-ky-moi", "1.234 lượt xem"), ("Hội thảo khoa học năm 2026", "/tin-tuc/hoi-thao-khoa-hoc-nam-2026", "18 lượt xem")],
            allTime);

        var year = await admin.GetPageAsync("/admin/statistics?days=365");
        var yearRows = Rows(year);
        Assert.Equal(365, yearRows.Count);
        Assert.Equal(["19/08/2026", "50", "1.300"], yearRows[100]);
        Assert.Equal(["Tổng 365 ngày", "60", "1.324"], Cells(year.QuerySelector("[data-testid=visit-table-total]")!));
        Assert.Equal(365, JsonDocument.Parse(year.QuerySelector("[data-testid=visit-chart-data]")!.TextContent).RootElement.GetProperty("labels").GetArrayLength());
        Assert.Equal(30, Rows(await admin.GetPageAsync("/admin/statistics?days=7")).Count);
    }

    [Fact]
    public async Task Statistics_Scripts_AreFilesOfTheModuleAndTheChartLibraryIsServed()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = VisitStatisticsSite.Start(database);
        var admin = await site.SignInAsync();

        var response = await admin.Client.GetAsync("/admin/statistics");
        var page = AdminSession.Parse(await response.Content.ReadAsStringAsync());

        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single());
        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.All(scripts, s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json", s.OuterHtml));
        var sources = scripts.Select(s => s.GetAttribute("src")).OfType<string>().ToList();
        var chartLibrary = Assert.Single(sources, s => s.StartsWith("/admin/assets/lib/chartjs/chart.umd.min.js?v=", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith("/admin/assets/visit-stats.js?v=", StringComparison.Ordinal));
        var library = await admin.Client.GetAsync(chartLibrary);
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Contains("Chart.js v4.6.1", await library.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/admin/assets/lib/chartjs/LICENSE.md")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Csv_Downloads_Utf8WithBomDatedNamesAndTheNumbers(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitStatisticsSite.Start(database);
        var admin = await site.SignInAsync();
        await site.SeedVisitsAsync(admin);

        var (daily, dailyName) = await DownloadAsync(admin, "/admin/statistics?handler=Csv&days=30");
        var (year, yearName) = await DownloadAsync(admin, "/admin/statistics?handler=Csv&days=365");
        var (mostRead, mostReadName) = await DownloadAsync(admin, "/admin/statistics?handler=MostReadCsv&all=true");

        Assert.Equal("thong-ke-truy-cap-30-ngay-2026-11-27.csv", dailyName);
        var lines = daily.Split("\r\n");
        Assert.Equal(32, lines.Length);
        Assert.Equal("Ngày,Khách truy cập,Lượt xem trang", lines[0]);
        Assert.Equal("29/10/2026,0,0", lines[1]);
        Assert.Equal("17/11/2026,7,20", lines[20]);
        Assert.Equal("27/11/2026,3,4", lines[30]);
        Assert.Equal("", lines[31]);
        Assert.Equal("thong-ke-truy-cap-365-ngay-2026-11-27.csv", yearName);
        Assert.Contains("\r\n19/08/2026,50,1300\r\n", year);
        Assert.Equal(367, year.Split("\r\n").Length);
        Assert.Equal("bai-doc-nhieu-tat-ca-2026-11-27.csv", mostReadName);
        Assert.Equal(
            "Bài viết,Đường dẫn,Lượt xem\r\nĐại hội Liên hiệp hội nhiệm kỳ mới,/tin-tuc/dai-hoi-lien-hiep-hoi-nhiem-ky-moi,1234\r\n" +
            "Hội thảo khoa học năm 2026,/tin-tuc/hoi-thao-khoa-hoc-nam-2026,18\r\n",
            mostRead);
    }

    private static async Task<(string Text, string? FileName)> DownloadAsync(AdminSession session, string url)
    {
        var response = await session.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), response.Content.Headers.ContentDisposition.FileName);
    }

    private static string? Text(IHtmlDocument page, string testId) => AdminSite.Text(page, testId);

    private static List<string[]> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=visit-table] [data-testid=visit-row]").Select(Cells).ToList();

    private static string[] Cells(AngleSharp.Dom.IElement row) => row.Children.Select(c => c.TextContent.Trim()).ToArray();

    private static (string?, long, long) Series(JsonElement chart, int index)
    {
        var series = chart.GetProperty("series")[index];
        var data = series.GetProperty("data");
        return (series.GetProperty("label").GetString(), data[29].GetInt64(), data[19].GetInt64());
    }

    private static List<(string, string?, string)> MostRead(IHtmlDocument page, string testId) =>
        page.QuerySelectorAll($"[data-testid={testId}] [data-testid={testId}-item]")
            .Select(li => (li.QuerySelector("a")!.TextContent.Trim(), li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector($"[data-testid={testId}-views]")!.TextContent.Trim()))
            .ToList();
}
