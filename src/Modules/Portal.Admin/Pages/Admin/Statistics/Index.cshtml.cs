using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Security;
using Portal.Admin.Visits;
using Portal.Core.Text;
using Portal.Core.Visits;

namespace Portal.Admin.Pages.Admin.Statistics;

/// <summary>
/// "Thống kê truy cập": today's figures, visitors and page views per day (30 or 365 days) as a chart and a table,
/// the most read items, CSV downloads. Administrators and editors; while the counter is off it says so.
/// </summary>
[Authorize(Policy = AdminPermissions.ViewVisitStatistics)]
public sealed class IndexModel(AdminVisitStatistics visits, TimeProvider clock) : PageModel
{
    public const int MostReadCount = 10;
    public const int DefaultDays = 30;
    public static readonly int[] Periods = [DefaultDays, 365];

    /// <summary>The period asked for; anything but 30 or 365 shows 30.</summary>
    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = DefaultDays;

    public bool Enabled { get; private set; }
    public VisitFigures? Figures { get; private set; }
    public IReadOnlyList<DailyVisitRow> Daily { get; private set; } = [];
    public IReadOnlyList<MostReadItem> MostReadRecent { get; private set; } = [];
    public IReadOnlyList<MostReadItem> MostReadAllTime { get; private set; } = [];
    public string ChartJson { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Days = Period(Days);
        // No figures also when the feature was switched off between the two questions.
        if (visits.Source is not { } source || await source.GetFiguresAsync(cancellationToken) is not { } figures)
        {
            return;
        }

        Enabled = true;
        Figures = figures;
        Daily = await source.GetDailyAsync(Days, cancellationToken);
        MostReadRecent = await source.GetMostReadAsync(MostReadCount, DefaultDays, cancellationToken);
        MostReadAllTime = await source.GetMostReadAsync(MostReadCount, null, cancellationToken);
        ChartJson = VisitChartData.ToJson(Daily);
    }

    /// <summary>Visitors and page views per day of the period, as a spreadsheet opens it.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (visits.Source is not { } source)
        {
            return NotFound();
        }

        var days = Period(Days);
        var rows = await source.GetDailyAsync(days, cancellationToken);
        return Csv(VisitReportCsv.Daily(rows), $"thong-ke-truy-cap-{days}-ngay");
    }

    /// <summary>The most read items of the last 30 days, or of all time with <c>all=true</c>.</summary>
    public async Task<IActionResult> OnGetMostReadCsvAsync(bool all, CancellationToken cancellationToken)
    {
        if (visits.Source is not { } source)
        {
            return NotFound();
        }

        var items = await source.GetMostReadAsync(100, all ? null : DefaultDays, cancellationToken);
        return Csv(VisitReportCsv.MostRead(items), all ? "bai-doc-nhieu-tat-ca" : $"bai-doc-nhieu-{DefaultDays}-ngay");
    }

    public static string Number(long value) => VietnameseDates.FormatNumber(value);

    private static int Period(int days) => Periods.Contains(days) ? days : DefaultDays;

    // The file name carries the day it was taken (Vietnamese calendar), ISO-ordered so downloads sort by date.
    private FileContentResult Csv(string text, string name)
    {
        var today = VietnameseDates.LocalDay(clock.GetUtcNow(), VietnameseDates.DefaultTimeZone);
        return File(VisitReportCsv.ToFile(text), "text/csv; charset=utf-8", $"{name}-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }
}
