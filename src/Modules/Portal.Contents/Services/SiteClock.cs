using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Contents.Services;

/// <summary>"Now" and "today" as the site sees them, in its time zone (Asia/Ho_Chi_Minh by default).</summary>
public sealed class SiteClock(TimeProvider clock)
{
    /// <summary>The UTC instant at which the current local day of the site began: events from then on are "upcoming".</summary>
    public DateTime StartOfTodayUtc(SiteSettings settings)
    {
        var zone = VietnameseDates.FindTimeZone(settings.TimeZoneId);
        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = new DateTimeOffset(local.Date, local.Offset);
        return midnight.UtcDateTime;
    }
}
