using System.Globalization;
using System.Text;

namespace Portal.VisitCounter.Reports;

/// <summary>
/// The statistics as CSV text (RFC 4180: commas, CRLF, quotes where needed), with Vietnamese headers and
/// dates as readers write them (27/11/2026). The download adds a UTF-8 byte order mark so Excel reads the accents.
/// </summary>
public static class VisitReportCsv
{
    public static string Daily(IEnumerable<DailyVisitRow> rows)
    {
        var csv = new StringBuilder();
        Line(csv, "Ngày", "Khách truy cập", "Lượt xem trang");
        foreach (var row in rows)
        {
            Line(csv, row.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), Number(row.Visitors), Number(row.PageViews));
        }

        return csv.ToString();
    }

    public static string MostRead(IEnumerable<MostReadItem> items)
    {
        var csv = new StringBuilder();
        Line(csv, "Bài viết", "Đường dẫn", "Lượt xem");
        foreach (var item in items)
        {
            Line(csv, item.Title, item.Path ?? "", Number(item.Views));
        }

        return csv.ToString();
    }

    // Plain digits: a grouping dot would turn 1.234 into a decimal in a spreadsheet.
    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
    }

    private static string Quote(string field)
    {
        // A title like "=HYPERLINK(...)" must stay text in a spreadsheet, not become a formula.
        if (field.Length > 0 && "=+-@".Contains(field[0]))
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
