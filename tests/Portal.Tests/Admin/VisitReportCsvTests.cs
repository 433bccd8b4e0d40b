using System.Text;
using Portal.Admin.Visits;
using Portal.Core.Visits;

namespace Portal.Tests.Admin;

public sealed class VisitReportCsvTests
{
    [Fact]
    public void Daily_Rows_VietnameseHeadersDatesAndPlainDigits()
    {
        var csv = VisitReportCsv.Daily(
        [
            new DailyVisitRow(new DateOnly(2026, 11, 26), 0, 0),
            new DailyVisitRow(new DateOnly(2026, 11, 27), 1234, 58716),
        ]);

        Assert.Equal("Ngày,Khách truy cập,Lượt xem trang\r\n26/11/2026,0,0\r\n27/11/2026,1234,58716\r\n", csv);
    }

    [Fact]
    public void MostRead_TitlesWithCommasQuotesAndFormulas_StayText()
    {
        var csv = VisitReportCsv.MostRead(
        [
            new MostReadItem("a", "Hội thảo \"Khoa học, Công nghệ\" 2026", "/hoi-thao", 1234),
            new MostReadItem("b", "=HYPERLINK(\"http://x\")", null, 5),
        ]);

        Assert.Equal(
            "Bài viết,Đường dẫn,Lượt xem\r\n\"Hội thảo \"\"Khoa học, Công nghệ\"\" 2026\",/hoi-thao,1234\r\n\"'=HYPERLINK(\"\"http://x\"\")\",,5\r\n",
            csv);
    }

    [Fact]
    public void ToFile_Text_StartsWithUtf8ByteOrderMark()
    {
        var bytes = VisitReportCsv.ToFile("Ngày\r\n");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Ngày\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
