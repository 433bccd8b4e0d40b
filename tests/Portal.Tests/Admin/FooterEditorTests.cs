using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Settings;
using Portal.Core.Settings;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>The footer editor and the public footer agree on every line: what an editor saves is what a reader sees.</summary>
public sealed class FooterEditorTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_EveryFieldTheEditorOffers_IsShownOnThePublicFooter(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var page = await admin.GetPageAsync("/admin/settings/footer");

        var saved = await admin.SubmitAsync(page, "[data-testid=footer-form]", new()
        {
            ["Footer.Operator"] = "Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa",
            ["Footer.Responsible"] = "Nguyễn Văn Phát - Chủ tịch Liên hiệp hội",
            ["Footer.Phone"] = "02373.720.885",
            ["Footer.Email"] = "",
            ["Footer.License"] = "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông Thanh Hóa cấp ngày 01/02/2021",
            ["Footer.Lines"] = "Ghi rõ nguồn khi phát hành lại thông tin từ website này.\r\n\r\nBản quyền thuộc Liên hiệp hội.",
            ["Footer.DesignedBy"] = "Website được thiết kế bởi Trung tâm Công nghệ thông tin và truyền thông Thanh Hóa",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var home = AdminSession.Parse(await site.CreateClient().GetStringAsync("/"));
        Assert.Equal(
            [
                "TRANG THÔNG TIN ĐIỆN TỬ LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT THANH HÓA",
                "Cơ quan chủ quản: Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa",
                "Chịu trách nhiệm: Nguyễn Văn Phát - Chủ tịch Liên hiệp hội",
                "Địa chỉ: 17 Hạc Thành, P. Ba Đình, Tp. Thanh Hóa",
                "Số điện thoại: 02373.720.885",
                "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông Thanh Hóa cấp ngày 01/02/2021",
                "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
                "Bản quyền thuộc Liên hiệp hội.",
                "Website được thiết kế bởi Trung tâm Công nghệ thông tin và truyền thông Thanh Hóa",
            ],
            FooterLines(home));
        var editor = await admin.GetPageAsync("/admin/settings/footer");
        Assert.Equal(FooterFields.Known.Select(f => "footer-" + f.Key), editor.QuerySelectorAll("[data-testid=footer-form] [name^='Footer.']").Select(i => i.GetAttribute("data-testid")));
    }

    [Fact]
    public async Task Save_OneLineTooLong_NothingSavedAndTheFormComesBackAsTyped()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var page = await admin.GetPageAsync("/admin/settings/footer");
        var before = AdminSession.Parse(await site.CreateClient().GetStringAsync("/"));
        var longLicense = new string('x', 2001);

        var refused = await admin.SubmitAsync(page, "[data-testid=footer-form]", new()
        {
            ["Footer.Operator"] = "Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa",
            ["Footer.License"] = longLicense,
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var shown = AdminSession.Parse(await refused.Content.ReadAsStringAsync());
        Assert.StartsWith("“Giấy phép", AdminSite.Text(shown, "footer-error"));
        Assert.EndsWith("dài 2.001 ký tự; mỗi dòng chân trang tối đa 2.000 ký tự.", AdminSite.Text(shown, "footer-error"));
        Assert.Equal("Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa", shown.QuerySelector("[data-testid=footer-Operator]")!.GetAttribute("value"));
        Assert.Equal(longLicense, shown.QuerySelector("[data-testid=footer-License]")!.GetAttribute("value"));
        Assert.Equal(FooterLines(before), FooterLines(AdminSession.Parse(await site.CreateClient().GetStringAsync("/"))));
    }

    [Fact]
    public async Task FormerKeys_ResponsiblePersonAndCredits_AreShownOnTheSiteAndMovedToTheirFieldsWhenSaved()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        await site.InScopeAsync(s => s.GetRequiredService<SettingsWriter>().SaveAsync(json =>
        {
            json["FooterSettings"]!["ResponsiblePerson"] = "Nguyễn Văn Phát - Chủ tịch Liên hiệp hội";
            json["FooterSettings"]!["Credits"] = "Website được thiết kế bởi Trung tâm Công nghệ thông tin và truyền thông Thanh Hóa";
        }));

        var lines = FooterLines(AdminSession.Parse(await site.CreateClient().GetStringAsync("/")));
        Assert.Contains("Chịu trách nhiệm: Nguyễn Văn Phát - Chủ tịch Liên hiệp hội", lines);
        Assert.Equal("Website được thiết kế bởi Trung tâm Công nghệ thông tin và truyền thông Thanh Hóa", lines[^1]);

        var admin = await AdminSession.SignInAsync(site);
        var page = await admin.GetPageAsync("/admin/settings/footer");
        Assert.Equal("Nguyễn Văn Phát - Chủ tịch Liên hiệp hội", page.QuerySelector("[data-testid=footer-Responsible]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("[data-testid=footer-ResponsiblePerson]"));
        Assert.Null(page.QuerySelector("[data-testid=footer-Credits]"));
        await admin.SubmitAsync(page, "[data-testid=footer-form]", []);

        var footer = (await site.InScopeAsync(s => s.GetRequiredService<SiteSettingsManager>().GetAsync())).Section("FooterSettings")!;
        Assert.Equal("Nguyễn Văn Phát - Chủ tịch Liên hiệp hội", footer["Responsible"]!.ToString());
        Assert.Equal("Website được thiết kế bởi Trung tâm Công nghệ thông tin và truyền thông Thanh Hóa", footer["DesignedBy"]!.ToString());
        Assert.False(footer.ContainsKey("ResponsiblePerson"));
        Assert.False(footer.ContainsKey("Credits"));
        Assert.Equal(lines, FooterLines(AdminSession.Parse(await site.CreateClient().GetStringAsync("/"))));
    }

    private static List<string> FooterLines(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=footer] [data-testid=footer-line]").Select(p => p.TextContent.Trim()).ToList();
}
