using Portal.Core.Text;

namespace Portal.VisitCounter.Counting;

/// <summary>"Hôm nay" is the Vietnamese calendar day: it begins at 00:00 in Asia/Ho_Chi_Minh (17:00 UTC).</summary>
public static class VisitDays
{
    public static readonly TimeZoneInfo Zone = VietnameseDates.DefaultTimeZone;

    public static DateOnly DayOf(DateTimeOffset instant) => VietnameseDates.LocalDay(instant, Zone);
}
