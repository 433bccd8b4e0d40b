using System.Text.Json.Nodes;
using Portal.Core.Json;

namespace Portal.Core.Settings;

/// <summary>
/// The site settings document: the well-known settings of Orchard Core's site (SiteName, BaseUrl, Culture,
/// TimeZoneId, PageSize, HomeRoute), the active themes, and named sections (FooterSettings...).
/// </summary>
public sealed class SiteSettings(JsonObject json)
{
    public const string DocumentId = "SiteSettings";

    public const string DefaultSiteName = "Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa";

    /// <summary>The raw document; callers that change it work on <see cref="Clone"/>.</summary>
    public JsonObject Json { get; } = json;

    public string SiteName => Text("SiteName") ?? DefaultSiteName;

    public string? BaseUrl => Text("BaseUrl");

    public string Culture => Text("Culture") ?? "vi-VN";

    public string TimeZoneId => Text("TimeZoneId") ?? "Asia/Ho_Chi_Minh";

    /// <summary>Items per list page, 10 unless set between 1 and 100.</summary>
    public int PageSize => Json["PageSize"] is JsonValue v && int.TryParse(v.ToString(), out var size) && size is > 0 and <= 100 ? size : 10;

    public string? SiteTheme => Text("SiteTheme");

    public string? AdminTheme => Text("AdminTheme");

    /// <summary>Orchard's HomeRoute; a <c>ContentItemId</c> in it makes that item the home page.</summary>
    public JsonObject? HomeRoute => Json["HomeRoute"] as JsonObject;

    /// <summary>A named settings section (any other key of the settings step), or null.</summary>
    public JsonObject? Section(string name) =>
        Json.GetIgnoreCase(name) as JsonObject;

    public SiteSettings Clone() => new((JsonObject)Json.DeepClone());

    private string? Text(string name) => Json.GetString(name);
}
