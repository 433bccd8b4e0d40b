using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class SettingsAndUsersTests
{
    [Fact]
    public async Task SiteSettings_SavedFromTheForm_AndBadValuesRefusedBesideTheField()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var page = await admin.GetPageAsync("/admin/settings");

        var bad = await admin.SubmitAsync(page, "[data-testid=settings-form]", new() { ["PageSize"] = "500" });
        var good = await admin.SubmitAsync(page, "[data-testid=settings-form]", new() { ["SiteName"] = "Liên hiệp hội Thanh Hóa", ["PageSize"] = "12" });

        Assert.Equal("Số mục mỗi trang phải từ 1 đến 100.", AdminSite.Text(AdminSession.Parse(await bad.Content.ReadAsStringAsync()), "error-PageSize"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var settings = await site.InScopeAsync(s => s.GetRequiredService<SiteSettingsManager>().GetAsync());
        Assert.Equal("Liên hiệp hội Thanh Hóa", settings.SiteName);
        Assert.Equal(12, settings.PageSize);
        Assert.Equal("Asia/Ho_Chi_Minh", settings.TimeZoneId);
    }

    [Theory]
    [InlineData("https://tusta.org.vn/", "https://tusta.org.vn")]
    [InlineData("  http://127.0.0.1:5000  ", "http://127.0.0.1:5000")]
    public async Task BaseUrl_SavedFromTheForm_IsWhatTheSitemapAndFeedLinkTo(string typed, string origin)
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var reader = site.CreateClient();
        Assert.DoesNotContain(origin + "/", await reader.GetStringAsync("/sitemap.xml"));

        var saved = await admin.SubmitAsync(await admin.GetPageAsync("/admin/settings"), "[data-testid=settings-form]", new() { ["BaseUrl"] = typed });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(origin, (await admin.GetPageAsync("/admin/settings")).QuerySelector("[data-testid=settings-base-url]")!.GetAttribute("value"));
        Assert.Contains($"<loc>{origin}/", await reader.GetStringAsync("/sitemap.xml"));
        Assert.Contains($"Sitemap: {origin}/sitemap.xml", await reader.GetStringAsync("/robots.txt"));
    }

    [Theory]
    [InlineData("tusta.org.vn")]
    [InlineData("https://tusta.org.vn/trang-chu")]
    [InlineData("https://tusta.org.vn/?q=1")]
    [InlineData("ftp://tusta.org.vn")]
    public async Task BaseUrl_NotAnOrigin_IsRefusedBesideTheFieldAsTypedAndNothingChanges(string typed)
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var before = await site.InScopeAsync(s => s.GetRequiredService<SiteSettingsManager>().GetAsync());

        var refused = await admin.SubmitAsync(await admin.GetPageAsync("/admin/settings"), "[data-testid=settings-form]",
            new() { ["BaseUrl"] = typed, ["SiteName"] = "Tên mới không được lưu" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = AdminSession.Parse(await refused.Content.ReadAsStringAsync());
        Assert.StartsWith("Địa chỉ website phải có dạng https://ten-mien.vn", AdminSite.Text(page, "error-BaseUrl"));
        Assert.Equal(typed, page.QuerySelector("[data-testid=settings-base-url]")!.GetAttribute("value"));
        var after = await site.InScopeAsync(s => s.GetRequiredService<SiteSettingsManager>().GetAsync());
        Assert.Equal((before.SiteName, before.BaseUrl), (after.SiteName, after.BaseUrl));
    }

    [Fact]
    public async Task Footer_KeepsRecipeLinesAndSavesNewOnes()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var page = await admin.GetPageAsync("/admin/settings/footer");
        Assert.Equal("17 Hạc Thành, P. Ba Đình, Tp. Thanh Hóa", page.QuerySelector("[data-testid=footer-Address]")!.GetAttribute("value"));

        await admin.SubmitAsync(page, "[data-testid=footer-form]", new() { ["Footer.Responsible"] = "Nguyễn Văn Phát - Chủ tịch Liên hiệp hội" });

        var footer = (await site.InScopeAsync(s => s.GetRequiredService<SiteSettingsManager>().GetAsync())).Section("FooterSettings")!;
        Assert.Equal("Nguyễn Văn Phát - Chủ tịch Liên hiệp hội", footer["Responsible"]!.ToString());
        Assert.Equal("TRANG THÔNG TIN ĐIỆN TỬ LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT THANH HÓA", footer["Title"]!.ToString());
    }

    [Fact]
    public async Task Users_AdministratorCreatesAnAuthor_ResetsThePassword_AndCannotDisableHimself()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var form = await admin.GetPageAsync("/admin/users/edit");

        var shortPassword = await admin.SubmitAsync(form, "[data-testid=user-form]", new() { ["UserName"] = "linhmai", ["Password"] = "ngan", ["Roles"] = "Author" });
        Assert.Contains("Mật khẩu phải có ít nhất 12 ký tự.", AdminSite.Text(AdminSession.Parse(await shortPassword.Content.ReadAsStringAsync()), "user-errors"));
        var created = await admin.SubmitAsync(form, "[data-testid=user-form]", new() { ["UserName"] = "linhmai", ["DisplayName"] = "Linh Mai", ["Password"] = "mat-khau-linh-mai-2026", ["Roles"] = "Author" });
        var edit = await admin.FollowAsync(created);
        await AdminSession.SignInAsync(site, "linhmai", "mat-khau-linh-mai-2026");

        var reset = await admin.SubmitAsync(edit, "[data-testid=user-form]", new() { ["Password"] = "mat-khau-moi-cua-linh" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await AdminSession.SignInAsync(site, "linhmai", "mat-khau-moi-cua-linh");
        var roles = await site.InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<PortalUser>>();
            return await users.GetRolesAsync((await users.FindByNameAsync("linhmai"))!);
        });
        Assert.Equal(["Author"], roles);

        var adminId = await site.InScopeAsync(async s => (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("admin"))!.Id);
        var self = await admin.GetPageAsync($"/admin/users/edit?id={adminId}");
        var demote = await admin.SubmitAsync(self, "[data-testid=user-form]", new() { ["Roles"] = "Editor" });
        Assert.Contains("không thể tự vô hiệu hóa hay bỏ quyền quản trị", AdminSite.Text(AdminSession.Parse(await demote.Content.ReadAsStringAsync()), "user-errors"));
    }

    [Fact]
    public async Task EventEditor_DateTimeInVietnamTime_IsStoredInUtcAndShownBack()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var bad = await AdminSite.CreateAsync(admin, "Event", new() { ["TitlePart.Title"] = "Hội thảo", ["Event.StartDate.Value"] = "ngày mai", ["Event.Seats.Value"] = "-3" });
        var badPage = AdminSession.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Equal("Bắt đầu: ngày giờ không hợp lệ (ví dụ 27/11/2026 09:25).", AdminSite.Text(badPage, "error-Event-StartDate"));
        Assert.Equal("Số chỗ không được nhỏ hơn 0.", AdminSite.Text(badPage, "error-Event-Seats"));

        var id = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Event", new()
        {
            ["TitlePart.Title"] = "Hội thảo chuyển đổi số",
            ["Event.StartDate.Value"] = "2026-12-04T08:00",
            ["Event.Seats.Value"] = "1.200",
            ["Event.Online.Value"] = "true",
            ["Event.Registration.Url"] = "https://thanhhoa.gov.vn/dang-ky",
        }, "publish"));

        var stored = await site.InScopeAsync(async s => (await s.GetRequiredService<Portal.Core.Content.IContentManager>().GetAsync(id))!);
        Assert.Equal("2026-12-04T01:00:00Z", stored.Field("Event", "StartDate")!["Value"]!.ToString());
        Assert.Equal("1200", stored.Field("Event", "Seats")!["Value"]!.ToString());
        Assert.Equal("true", stored.Field("Event", "Online")!["Value"]!.ToString());
        var page = await admin.GetPageAsync($"/admin/content/edit?id={id}");
        Assert.Equal("2026-12-04T08:00", page.QuerySelector("[data-testid=input-Event-StartDate]")!.GetAttribute("value"));
    }
}
