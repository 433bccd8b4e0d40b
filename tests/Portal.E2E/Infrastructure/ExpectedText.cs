using System.Globalization;

namespace Portal.E2E.Infrastructure;

/// <summary>Text a Vietnamese reader expects, written out independently of the site's own formatting code.</summary>
public static class ExpectedText
{
    private static readonly string[] Weekdays = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>"Thứ Sáu, 27/11/2026 09:25": the instant in Vietnamese time.</summary>
    public static string DateTime(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Vietnam);
        return $"{Weekdays[(int)local.DayOfWeek]}, {local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}";
    }
}
