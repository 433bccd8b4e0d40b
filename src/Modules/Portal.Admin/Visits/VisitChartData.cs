using System.Globalization;
using System.Text.Json;
using Portal.Core.Visits;

namespace Portal.Admin.Visits;

/// <summary>
/// The chart's numbers as JSON for a <c>&lt;script type="application/json"&gt;</c> element that <c>visit-stats.js</c>
/// reads (the Content-Security-Policy allows no inline script). The serializer escapes &lt; and &gt;, so the
/// text can never close the element.
/// </summary>
public static class VisitChartData
{
    public static string ToJson(IReadOnlyList<DailyVisitRow> rows) => JsonSerializer.Serialize(new
    {
        labels = rows.Select(r => Date(r.Day)).ToArray(),
        series = new object[]
        {
            new { label = "Khách truy cập", data = rows.Select(r => r.Visitors).ToArray() },
            new { label = "Lượt xem trang", data = rows.Select(r => r.PageViews).ToArray() },
        },
    });

    /// <summary>A day as Vietnamese readers write it: 27/11/2026.</summary>
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
