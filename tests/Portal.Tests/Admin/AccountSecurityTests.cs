using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class AccountSecurityTests
{
    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Is400AndChangesNothing()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var editor = await admin.GetPageAsync("/admin/content/edit?type=Article");
        var fields = AdminSession.FormFields((AngleSharp.Html.Dom.IHtmlFormElement)editor.QuerySelector("[data-testid=content-form]")!)
            .Where(f => f.Key != "__RequestVerificationToken").Append(new("TitlePart.Title", "Không có mã chống giả mạo")).Append(new("action", "publish"));

        var response = await admin.Client.PostAsync("/admin/content/edit", new FormUrlEncodedContent(fields));
        var signIn = await AdminSession.Anonymous(site).Client.PostAsync("/admin/signin",
            new FormUrlEncodedContent([new("UserName", "admin"), new("Password", PortalSite.AdminPassword)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        await using var db = site.OpenDb();
        Assert.False(await db.ContentItems.AnyAsync(r => r.ContentType == "Article"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountForFiveMinutes(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var session = AdminSession.Anonymous(site);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await session.SignInAttemptAsync("admin", "mat-khau-sai-" + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await session.SignInAttemptAsync("admin", PortalSite.AdminPassword);
        var page = AdminSession.Parse(await right.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("tạm khóa 5 phút", AdminSite.Text(page, "sign-in-error"));
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/admin")).StatusCode);
        await using var db = site.OpenDb();
        var lockoutEnd = (await db.Users.SingleAsync(u => u.UserName == "admin")).LockoutEnd!.Value;
        Assert.InRange(lockoutEnd - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5.1));
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoInVietnamese()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);

        var response = await AdminSession.Anonymous(site).SignInAttemptAsync("admin", "khong-phai-mat-khau");

        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", AdminSite.Text(AdminSession.Parse(await response.Content.ReadAsStringAsync()), "sign-in-error"));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var home = await admin.GetPageAsync("/admin");

        var signedOut = await admin.SubmitAsync(home, "form[action='/admin/signout']", []);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.Client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task AdminPages_CarryContentSecurityPolicyAndNoStore_AndScriptsAreFiles()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var response = await admin.Client.GetAsync("/admin/content/edit?type=Article");
        var page = AdminSession.Parse(await response.Content.ReadAsStringAsync());

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(p => p.Trim().StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.All(page.QuerySelectorAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src"))));
        foreach (var src in page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).Append("/admin/assets/lib/quill/quill.js"))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync(src)).StatusCode);
        }
    }

    [Fact]
    public async Task DisabledUser_CannotSignIn()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "nghiviec", "Editor");
        var admin = await AdminSession.SignInAsync(site);
        var id = await site.InScopeAsync(async s => (await s.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("nghiviec"))!.Id);
        var form = await admin.GetPageAsync($"/admin/users/edit?id={id}");

        var saved = await admin.SubmitAsync(form, "[data-testid=user-form]", new() { ["Disabled"] = "true" });
        var attempt = await AdminSession.Anonymous(site).SignInAttemptAsync("nghiviec", AdminSession.Password);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.", AdminSite.Text(AdminSession.Parse(await attempt.Content.ReadAsStringAsync()), "sign-in-error"));
    }
}
