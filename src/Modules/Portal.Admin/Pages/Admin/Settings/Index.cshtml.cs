using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Security;
using Portal.Admin.Settings;
using Portal.Core.Settings;

namespace Portal.Admin.Pages.Admin.Settings;

/// <summary>The site settings: name, address, time zone, items per page (Administrator only).</summary>
[Authorize(Policy = AdminPermissions.ManageSettings)]
public sealed class IndexModel(SiteSettingsManager settings, SettingsWriter writer) : PageModel
{
    public static readonly IReadOnlyList<(string Id, string Name)> TimeZones =
    [
        ("Asia/Ho_Chi_Minh", "Giờ Việt Nam (UTC+7)"),
        ("Asia/Bangkok", "Bangkok (UTC+7)"),
        ("UTC", "Giờ quốc tế (UTC)"),
    ];

    [BindProperty] public string SiteName { get; set; } = "";
    [BindProperty] public string BaseUrl { get; set; } = "";
    [BindProperty] public string TimeZoneId { get; set; } = "";
    [BindProperty] public string PageSize { get; set; } = "";

    public Dictionary<string, string> Errors { get; } = [];
    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved)
    {
        Saved = saved;
        var site = await settings.GetAsync();
        SiteName = site.SiteName;
        BaseUrl = site.BaseUrl ?? "";
        TimeZoneId = site.TimeZoneId;
        PageSize = site.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        SiteName = (SiteName ?? "").Trim();
        if (SiteName.Length is 0 or > 200)
        {
            Errors["SiteName"] = "Tên website phải có từ 1 đến 200 ký tự.";
        }

        BaseUrl = (BaseUrl ?? "").Trim();
        var origin = BaseUrl.Length == 0 ? "" : OriginOf(BaseUrl);
        if (origin is null)
        {
            Errors["BaseUrl"] = "Địa chỉ website phải có dạng https://ten-mien.vn (http hoặc https, không có đường dẫn hay dấu ? phía sau).";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId ?? "", out _))
        {
            Errors["TimeZoneId"] = "Múi giờ không hợp lệ.";
        }

        if (!int.TryParse(PageSize, out var pageSize) || pageSize is < 1 or > 100)
        {
            Errors["PageSize"] = "Số mục mỗi trang phải từ 1 đến 100.";
        }

        if (Errors.Count > 0)
        {
            var page = Page();
            page.StatusCode = 400;
            return page;
        }

        await writer.SaveAsync(json =>
        {
            json["SiteName"] = SiteName;
            if (origin is { Length: > 0 })
            {
                json["BaseUrl"] = origin;
            }
            else
            {
                json.Remove("BaseUrl");
            }

            json["TimeZoneId"] = TimeZoneId;
            json["PageSize"] = pageSize;
        });
        return Redirect("/admin/settings?saved=true");
    }

    /// <summary>
    /// "https://tusta.org.vn" from what the administrator typed (a trailing slash is fine); null for anything links
    /// cannot be built on: another scheme, a path (the site answers at the root), a query, a user name.
    /// </summary>
    private static string? OriginOf(string typed) =>
        Uri.TryCreate(typed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
