using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Security;
using Portal.Admin.Settings;
using Portal.Core.Settings;

namespace Portal.Admin.Pages.Admin.Settings;

/// <summary>The site settings: name, time zone, items per page (Administrator only).</summary>
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
    [BindProperty] public string TimeZoneId { get; set; } = "";
    [BindProperty] public string PageSize { get; set; } = "";

    public Dictionary<string, string> Errors { get; } = [];
    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool saved)
    {
        Saved = saved;
        var site = await settings.GetAsync();
        SiteName = site.SiteName;
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
            json["TimeZoneId"] = TimeZoneId;
            json["PageSize"] = pageSize;
        });
        return Redirect("/admin/settings?saved=true");
    }
}
