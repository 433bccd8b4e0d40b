using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Settings;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Every role rule, checked on the server: a forged request gets 403 and changes nothing.</summary>
public sealed class PermissionTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Author_WritesOwnDraftButForgedPublishIs403AndNothingChanges(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "tacgia", "Author");
        var author = await AdminSession.SignInAsync(site, "tacgia", AdminSession.Password);

        var id = AdminSite.IdFrom(await AdminSite.CreateAsync(author, "Article", AdminSite.Article("Bài của tác giả")));
        var editor = await author.GetPageAsync($"/admin/content/edit?id={id}");
        Assert.Null(editor.QuerySelector("[data-testid=publish]"));
        Assert.Null(editor.QuerySelector("[data-testid=schedule]"));

        foreach (var action in new[] { "publish", "schedule", "unpublish" })
        {
            var forged = await author.SubmitAsync(editor, "[data-testid=content-form]",
                new() { ["action"] = action, ["scheduleAt"] = "2030-01-01T09:00", ["Article.Summary.Text"] = "Sửa lén" });
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        await using var db = site.OpenDb();
        var row = await db.ContentItems.SingleAsync(r => r.ContentItemId == id);
        Assert.False(row.Published);
        Assert.Null(row.ScheduledPublishUtc);
        Assert.DoesNotContain("Sửa lén", row.Data);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/tin-tuc/bai-cua-tac-gia")).StatusCode);
    }

    [Fact]
    public async Task Author_CannotOpenOrChangeSomeoneElsesItem()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "tacgia", "Author");
        var admin = await AdminSession.SignInAsync(site);
        var id = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bài của quản trị")));
        var adminEditor = await admin.GetPageAsync($"/admin/content/edit?id={id}");
        var author = await AdminSession.SignInAsync(site, "tacgia", AdminSession.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.GetAsync($"/admin/content/edit?id={id}")).StatusCode);
        var authorHome = await author.GetPageAsync("/admin");
        var fields = AdminSession.FormFields((AngleSharp.Html.Dom.IHtmlFormElement)adminEditor.QuerySelector("[data-testid=content-form]")!)
            .Where(f => f.Key != "__RequestVerificationToken" && f.Key != "Article.Summary.Text")
            .Append(new("Article.Summary.Text", "Tác giả sửa bài người khác")).Append(new("action", "draft"));
        var forged = await author.PostAsync("/admin/content/edit", authorHome, fields);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        await using var db = site.OpenDb();
        Assert.DoesNotContain("Tác giả sửa bài người khác", (await db.ContentItems.SingleAsync(r => r.ContentItemId == id)).Data);
        var list = await author.GetPageAsync("/admin/content");
        Assert.Empty(list.QuerySelectorAll("[data-testid=content-row]"));
    }

    [Fact]
    public async Task Author_ForgedBulkPublishAndUnpublish_Are403()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "tacgia", "Author");
        var author = await AdminSession.SignInAsync(site, "tacgia", AdminSession.Password);
        var id = AdminSite.IdFrom(await AdminSite.CreateAsync(author, "Article", AdminSite.Article("Bài nháp")));
        var page = await author.GetPageAsync("/admin/content");
        Assert.Null(page.QuerySelector("[data-testid=bulk-submit]"));

        foreach (var action in new[] { "publish", "unpublish" })
        {
            var forged = await author.PostAsync("/admin/content", page, [new("action", action), new("ids", id), new("confirmed", "true")]);
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        await using var db = site.OpenDb();
        var row = await db.ContentItems.SingleAsync(r => r.ContentItemId == id);
        Assert.True(row.Latest);
        Assert.False(row.Published);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Author_DeletesOwnDraftOnly_NotWhatIsLiveNorSomeoneElses(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "tacgia", "Author");
        var admin = await AdminSession.SignInAsync(site);
        var author = await AdminSession.SignInAsync(site, "tacgia", AdminSession.Password);
        var draft = AdminSite.IdFrom(await AdminSite.CreateAsync(author, "Article", AdminSite.Article("Bản nháp viết nhầm")));
        var live = AdminSite.IdFrom(await AdminSite.CreateAsync(author, "Article", AdminSite.Article("Bài đã được duyệt")));
        var editorsPage = await admin.GetPageAsync($"/admin/content/edit?id={live}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(editorsPage, "[data-testid=content-form]", new() { ["action"] = "publish" })).StatusCode);
        var others = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bản nháp của người khác")));

        // Their own draft: the editor offers "Xóa…", asks to confirm, then it is gone.
        var draftPage = await author.GetPageAsync($"/admin/content/edit?id={draft}");
        var asked = AdminSession.Parse(await (await author.SubmitAsync(draftPage, "[data-testid=content-form]", new() { ["action"] = "delete" }, "/admin/content")).Content.ReadAsStringAsync());
        var confirmed = AdminSession.Parse(await (await author.SubmitAsync(asked, "[data-testid=bulk-confirm-form]", [])).Content.ReadAsStringAsync());
        Assert.Equal("Xóa: 1/1 nội dung.", AdminSite.Text(confirmed, "bulk-result"));

        // What readers can see, and someone else's draft: no button, and a forged request removes nothing.
        Assert.Null((await author.GetPageAsync($"/admin/content/edit?id={live}")).QuerySelector("[data-testid=delete]"));
        var list = await author.GetPageAsync("/admin/content");
        var refused = AdminSession.Parse(await (await author.PostAsync("/admin/content", list, [new("action", "delete"), new("ids", live), new("ids", others), new("confirmed", "true")])).Content.ReadAsStringAsync());
        Assert.Contains("“Bài đã được duyệt”: bạn chỉ xóa được nội dung của chính mình khi nó chưa có trên website.", refused.QuerySelector("main")!.TextContent);
        Assert.Equal("Xóa: 0/2 nội dung.", AdminSite.Text(refused, "bulk-result"));

        await using var db = site.OpenDb();
        Assert.False(await db.ContentItems.AnyAsync(r => r.ContentItemId == draft && (r.Latest || r.Published)));
        Assert.True(await db.ContentItems.AnyAsync(r => r.ContentItemId == live && r.Published));
        Assert.True(await db.ContentItems.AnyAsync(r => r.ContentItemId == others && r.Latest));
    }

    [Theory]
    [InlineData("Author", "/admin/menus")]
    [InlineData("Author", "/admin/taxonomies")]
    [InlineData("Author", "/admin/taxonomies/edit?id=" + AdminTestRecipe.TaxonomyId)]
    [InlineData("Author", "/admin/settings/footer")]
    [InlineData("Author", "/admin/settings")]
    [InlineData("Author", "/admin/users")]
    [InlineData("Editor", "/admin/settings")]
    [InlineData("Editor", "/admin/users")]
    [InlineData("Editor", "/admin/users/edit")]
    public async Task Role_PageOutsideItsRights_Is403(string role, string url)
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "nguoidung", role);
        var session = await AdminSession.SignInAsync(site, "nguoidung", AdminSession.Password);

        var response = await session.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Bạn không có quyền", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Author_ForgedFooterAndSettingsPosts_Are403AndSettingsStay()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "tacgia", "Author");
        await AdminSession.CreateUserAsync(site, "bientap", "Editor");
        var author = await AdminSession.SignInAsync(site, "tacgia", AdminSession.Password);
        var editor = await AdminSession.SignInAsync(site, "bientap", AdminSession.Password);
        var authorPage = await author.GetPageAsync("/admin");
        var editorPage = await editor.GetPageAsync("/admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsync("/admin/settings/footer", authorPage, [new("Footer.Address", "Địa chỉ giả")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/admin/settings", editorPage, [new("SiteName", "Tên giả"), new("TimeZoneId", "UTC"), new("PageSize", "5")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/admin/users/edit", editorPage,
            [new("UserName", "ke-gian"), new("Password", "mat-khau-ke-gian-2026"), new("Roles", "Administrator")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsync($"/admin/menus/edit?id={AdminTestRecipe.MainMenuId}", authorPage,
            [new("op", "add"), new("name", "Giả"), new("url", "https://example.com")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsync($"/admin/taxonomies/edit?id={AdminTestRecipe.TaxonomyId}", authorPage,
            [new("op", "add"), new("name", "Giả")])).StatusCode);

        await using var db = site.OpenDb();
        var settings = (await db.Documents.SingleAsync(d => d.Id == SiteSettings.DocumentId)).Data;
        Assert.DoesNotContain("Địa chỉ giả", settings);
        Assert.DoesNotContain("Tên giả", settings);
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "ke-gian"));
        Assert.DoesNotContain("Giả", (await db.ContentItems.SingleAsync(r => r.ContentItemId == AdminTestRecipe.MainMenuId && r.Latest)).Data);
        Assert.DoesNotContain("Giả", (await db.ContentItems.SingleAsync(r => r.ContentItemId == AdminTestRecipe.TaxonomyId && r.Latest)).Data);
    }

    [Fact]
    public async Task Editor_PublishesAndEditsFooter_ButAnonymousPostIsRefused()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "bientap", "Editor");
        var editor = await AdminSession.SignInAsync(site, "bientap", AdminSession.Password);

        AdminSite.IdFrom(await AdminSite.CreateAsync(editor, "Article", AdminSite.Article("Bài của biên tập viên"), "publish"));
        var footer = await editor.GetPageAsync("/admin/settings/footer");
        var saved = await editor.SubmitAsync(footer, "[data-testid=footer-form]", new() { ["Footer.Phone"] = "02373.720.885" });

        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/tin-tuc/bai-cua-bien-tap-vien")).StatusCode);
        Assert.Equal("02373.720.885", (await editor.FollowAsync(saved)).QuerySelector("[data-testid=footer-Phone]")!.GetAttribute("value"));
        var anonymous = AdminSession.Anonymous(site);
        var response = await anonymous.Client.PostAsync("/admin/settings/footer", new FormUrlEncodedContent([new("Footer.Phone", "0")]));
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest);
    }
}
