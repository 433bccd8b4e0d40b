namespace Portal.Contents.Lists;

/// <summary>
/// Where an event stands: "upcoming" before its start, "ongoing" from its start until its end, "past" after it. An
/// event without an end lasts until the end of its start day on the site's calendar (it is past once that day is).
/// One rule for the events list, the home page and the event's own page.
/// </summary>
public static class EventTiming
{
    public const string Upcoming = "upcoming";
    public const string Ongoing = "ongoing";
    public const string Past = "past";

    /// <param name="startOfTodayUtc">The UTC instant the site's current local day began.</param>
    public static string StateOf(DateTime startUtc, DateTime? endUtc, DateTime nowUtc, DateTime startOfTodayUtc)
    {
        var over = endUtc is { } end ? end <= nowUtc : startUtc < startOfTodayUtc;
        return over ? Past : startUtc <= nowUtc ? Ongoing : Upcoming;
    }
}
