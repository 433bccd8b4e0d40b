using System.Globalization;
using Portal.Core.Text;

namespace Portal.Admin.Editors;

/// <summary>Dates in the forms are the site's local time (Asia/Ho_Chi_Minh); they are stored in UTC.</summary>
public static class LocalTime
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>The value of a <c>datetime-local</c> input for a UTC instant.</summary>
    public static string ToInput(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } value ? VietnameseDates.ToLocal(value, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>The UTC instant of a local date and time typed in the form, or null when unreadable.</summary>
    public static DateTime? ParseLocal(string text, TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(text.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }

    /// <summary>A calendar date typed in the form, or null when unreadable.</summary>
    public static DateTime? ParseDate(string text) =>
        DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateTime.SpecifyKind(date.Date, DateTimeKind.Utc)
            : null;
}
