using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Contents.Services;

/// <summary>"Now" and "today" as the site sees them, in its time zone (Asia/Ho_Chi_Minh by default).</summary>
public sealed class SiteClock(TimeProvider clock)
{
    /// <summary>
    /// Now in UTC, to the minute: what an event's state (upcoming, ongoing, past) is computed for. Whole minutes let the
    /// event lists be cached for a minute; a state changes at most a minute late.
    /// </summary>
    public DateTime NowUtc()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
    }

    /// <summary>The UTC instant at which the current local day of the site began: an event without an end is over once its day is.</summary>
    public DateTime StartOfTodayUtc(SiteSettings settings)
    {
        var zone = VietnameseDates.FindTimeZone(settings.TimeZoneId);
        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = new DateTimeOffset(local.Date, local.Offset);
        return midnight.UtcDateTime;
    }
}
