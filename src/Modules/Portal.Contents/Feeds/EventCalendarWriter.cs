using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Text;
using Portal.Theming.Liquid;

namespace Portal.Contents.Feeds;

/// <summary>An event as an iCalendar file (RFC 5545) that readers add to their calendars; times are written in UTC.</summary>
public static class EventCalendarWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The calendar text of the event, or null when it has no start date.</summary>
    public static string? Create(ContentItem item, string siteName, string pageUrl)
    {
        var own = item.Part(item.ContentType);
        var start = ContentJson.AsDate(own?[SiteTypes.StartDateField]?["Value"]);
        if (start is null)
        {
            return null;
        }

        var end = ContentJson.AsDate(own?["EndDate"]?["Value"]);
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{item.ContentItemId}@{new Uri(pageUrl).Host}",
            Summary = item.DisplayText,
            Start = new CalDateTime(start.Value, CalDateTime.UtcTzId),
            End = new CalDateTime(end is { } e && e > start ? e : start.Value.AddHours(1), CalDateTime.UtcTzId),
            Location = own?["Location"]?["Text"]?.ToString(),
            Description = ThemingFilters.Excerpt(item.Part("HtmlBodyPart")?["Html"]?.ToString() ?? "", 0),
            Url = new Uri(pageUrl),
            DtStamp = new CalDateTime((item.ModifiedUtc ?? start.Value).ToUniversalTime(), CalDateTime.UtcTzId),
        };
        var calendar = new Calendar { ProductId = $"-//{Slug.Create(siteName)}//Portal//VI" };
        calendar.AddProperty("X-WR-CALNAME", siteName);
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar);
    }

    /// <summary>Sends the event's calendar file as a download named after its path ("hoi-thao-abc.ics").</summary>
    public static async Task WriteAsync(HttpContext http, ContentItem item, string siteName)
    {
        var request = http.Request;
        var pageUrl = $"{request.Scheme}://{request.Host}{request.Path.Value?[..^".ics".Length]}";
        var text = Create(item, siteName, pageUrl);
        if (text is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var fileName = Path.GetFileName(request.Path.Value ?? "su-kien.ics");
        http.Response.ContentType = ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await http.Response.WriteAsync(text, Encoding.UTF8, http.RequestAborted);
    }
}
