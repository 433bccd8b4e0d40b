using Portal.Admin.Trees;
using Portal.Core.Content.Definitions;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Admin.Content;

/// <summary>How the dashboard writes dates (site time zone, "Thứ Sáu, 27/11/2026 09:25"), type names and statuses.</summary>
public sealed class AdminFormat(SiteSettingsManager settings, ContentDefinitionManager definitions)
{
    private TimeZoneInfo? zone;

    public TimeZoneInfo Zone => zone ??= VietnameseDates.FindTimeZone(settings.GetAsync().GetAwaiter().GetResult().TimeZoneId);

    public string DateTime(DateTime? utc) => utc is { } value ? VietnameseDates.FormatLong(value, Zone) : "";

    public async Task<string> TypeNameAsync(string type) => (await definitions.GetTypeAsync(type))?.DisplayName ?? type;

    /// <summary>Where the item is edited: its own editor for a menu or a taxonomy, the content editor otherwise.</summary>
    public async Task<string> EditUrlAsync(ContentListRow row) =>
        TreeEditor.Of(await definitions.GetTypeAsync(row.ContentType))?.EditUrl(row.ContentItemId)
        ?? $"/admin/content/edit?id={Uri.EscapeDataString(row.ContentItemId)}";

    /// <summary>"Đã xuất bản", "Bản nháp", "Hẹn giờ ..."; a live item with a newer draft says both.</summary>
    public string Status(ContentListRow row) => row switch
    {
        { LatestIsPublished: true } => "Đã xuất bản",
        { ScheduledPublishUtc: { } at } => "Hẹn giờ " + DateTime(at),
        { HasPublished: true } => "Đã xuất bản · có bản nháp mới",
        _ => "Bản nháp",
    };
}
