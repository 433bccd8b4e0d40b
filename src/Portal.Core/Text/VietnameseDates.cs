using System.Globalization;

namespace Portal.Core.Text;

/// <summary>Dates as Vietnamese readers expect them, in the site's time zone (Asia/Ho_Chi_Minh by default).</summary>
public static class VietnameseDates
{
    /// <summary>The culture used for numbers and dates on the public site.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The default site time zone (UTC+7, no daylight saving).</summary>
    public static readonly TimeZoneInfo DefaultTimeZone = FindTimeZone("Asia/Ho_Chi_Minh");

    private static readonly string[] DayNames =
        ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    /// <summary>Finds a zone by IANA id; an unknown id falls back to Asia/Ho_Chi_Minh's fixed UTC+7.</summary>
    public static TimeZoneInfo FindTimeZone(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "(UTC+07:00) Hà Nội", "Giờ Đông Dương");
    }

    /// <summary>Converts a UTC instant to the local wall-clock time of <paramref name="zone"/>.</summary>
    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>The Vietnamese name of the day: "Thứ Sáu", "Chủ Nhật".</summary>
    public static string DayName(DayOfWeek day) => DayNames[(int)day];

    /// <summary>"Thứ Sáu, 27/11/2026 09:25".</summary>
    public static string FormatLong(DateTime utc, TimeZoneInfo zone)
    {
        var local = ToLocal(utc, zone);
        return $"{DayName(local.DayOfWeek)}, {local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>"27/11/2026".</summary>
    public static string FormatDate(DateTime utc, TimeZoneInfo zone) =>
        ToLocal(utc, zone).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The Vietnamese calendar day that contains the instant.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>Formats a count with Vietnamese digit grouping: 58716 → "58.716".</summary>
    public static string FormatNumber(long value) => value.ToString("#,0", Culture);
}
