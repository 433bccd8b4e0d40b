using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Routing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class ContentEditorTests
{
    [Fact]
    public async Task Editor_ArticleType_ShowsEditorsGeneratedFromDefinitionInPositionOrder()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var page = await admin.GetPageAsync("/admin/content/edit?type=Article");

        var fields = page.QuerySelectorAll(".field[data-testid]").Select(f => f.GetAttribute("data-testid")).ToList();
        Assert.Equal(
            ["field-TitlePart-Title", "field-AutoroutePart-Path", "field-Article-Summary", "field-Article-Image", "field-Article-Category",
             "field-Article-Byline", "field-Article-Organizations", "field-HtmlBodyPart-Html"],
            fields);
        Assert.Equal("textarea", page.QuerySelector("[data-testid=input-Article-Summary]")!.LocalName);
        Assert.NotNull(page.QuerySelector("textarea[data-wysiwyg][name='HtmlBodyPart.Html']"));
        Assert.Equal(["Tin hoạt động của Liên hiệp hội", "Diễn đàn khoa học và công nghệ"],
            page.QuerySelectorAll("[data-testid=input-Article-Category] input[type=radio][value!='']").Select(i => i.ParentElement!.TextContent.Trim()));
        foreach (var button in new[] { "save-draft", "publish", "preview", "schedule" })
        {
            Assert.NotNull(page.QuerySelector($"[data-testid={button}]"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveDraft_ThenPublish_ItemGoesPublicOnlyWhenPublished(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var reader = site.CreateClient();

        var id = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Hội thảo Khoa học Đổi mới sáng tạo")));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/tin-tuc/hoi-thao-khoa-hoc-doi-moi-sang-tao")).StatusCode);

        var published = await AdminSite.EditAsync(admin, id, [], "publish");
        var editor = await admin.FollowAsync(published);

        Assert.Equal("Đã xuất bản.", AdminSite.Text(editor, "save-message"));
        Assert.Equal("/tin-tuc/hoi-thao-khoa-hoc-doi-moi-sang-tao", editor.QuerySelector("[data-testid=public-link]")!.GetAttribute("href"));
        var html = await reader.GetStringAsync("/tin-tuc/hoi-thao-khoa-hoc-doi-moi-sang-tao");
        Assert.Contains("Hội thảo Khoa học Đổi mới sáng tạo", html);
        Assert.True(site.Services.GetRequiredService<RouteTable>().TryResolve("tin-tuc/hoi-thao-khoa-hoc-doi-moi-sang-tao", out var target));
        Assert.Equal(id, target.ContentItemId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_SlugTypedLikeATitle_IsSavedAsASlug_AndAnUntouchedPathIsKept(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var typed = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article",
            new(AdminSite.Article("Bài có đường dẫn gõ tay")) { ["AutoroutePart.Path"] = " Tin Tức Mới/Bài số 1 – Đợt 2 " }, "publish"));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/tin-tuc-moi/bai-so-1-dot-2")).StatusCode);

        // A path written by a recipe in another form ("Gioi_Thieu.html") survives an edit that does not touch it.
        var imported = await site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = await manager.GetAsync(typed, VersionOptions.Latest);
            item!.Part("AutoroutePart")!["Path"] = "Tin_Cu/Bai.html";
            await manager.PublishAsync(item);
            return item.ContentItemId;
        });
        var edited = await AdminSite.EditAsync(admin, imported, new() { ["TitlePart.Title"] = "Bài có đường dẫn gõ tay (sửa)" }, "publish");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/Tin_Cu/Bai.html")).StatusCode);
    }

    [Fact]
    public async Task Publish_TitleAlreadyUsed_GetsANumberedAddressAndTheEditorSaysWhose()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var first = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Hội thảo trùng tên"), "publish"));
        var second = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Hội thảo trùng tên"), "publish"));

        var secondPage = await admin.GetPageAsync($"/admin/content/edit?id={second}");
        Assert.Equal("tin-tuc/hoi-thao-trung-ten-2", secondPage.QuerySelector("[data-testid=input-AutoroutePart-Path]")!.GetAttribute("value"));
        var notice = secondPage.QuerySelector("[data-testid=path-taken]")!;
        Assert.Equal("Đường dẫn /tin-tuc/hoi-thao-trung-ten đã là của “Hội thảo trùng tên”, nên nội dung này dùng /tin-tuc/hoi-thao-trung-ten-2. Nếu hai nội dung là một, hãy xóa bớt một.",
            notice.TextContent.Trim());
        Assert.Equal($"/admin/content/edit?id={first}", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null((await admin.GetPageAsync($"/admin/content/edit?id={first}")).QuerySelector("[data-testid=path-taken]"));
    }

    [Fact]
    public async Task Publish_TitleMissing_ShowsVietnameseErrorBesideTheFieldAndKeepsTheText()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var values = AdminSite.Article("");
        values["Article.Summary.Text"] = "Tóm tắt không được mất.";

        var response = await AdminSite.CreateAsync(admin, "Article", values, "publish");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = AdminSession.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Vui lòng nhập tiêu đề.", AdminSite.Text(page, "error-TitlePart-Title"));
        Assert.Equal("Tóm tắt không được mất.", page.QuerySelector("[data-testid=input-Article-Summary]")!.TextContent);
        await using var db = site.OpenDb();
        Assert.False(await db.ContentItems.AnyAsync(r => r.ContentType == "Article"));
    }

    [Theory]
    [InlineData("Article")]
    [InlineData("Event")]
    [InlineData("Organization")]
    public async Task Publish_TitleMissing_OnlyTheTitleErrorAndTheSlugBoxStaysEmpty(string type)
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var response = await AdminSite.CreateAsync(admin, type, new() { ["TitlePart.Title"] = "", ["AutoroutePart.Path"] = "" }, "publish");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = AdminSession.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Vui lòng nhập tiêu đề.", AdminSite.Text(page, "error-TitlePart-Title"));
        Assert.Null(page.QuerySelector("[data-testid=error-AutoroutePart-Path]"));
        Assert.DoesNotContain(page.QuerySelectorAll(".field-error, [data-testid=general-error]"), e => e.TextContent.Contains("Đường dẫn"));
        Assert.Equal("", page.QuerySelector("[data-testid=input-AutoroutePart-Path]")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Publish_RefusedForAnotherReason_DoesNotWriteTheGeneratedSlugIntoTheSlugBox()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var values = AdminSite.Article("Bài chưa chọn chuyên mục");
        values["Article.Category.TermContentItemIds"] = "";
        values["AutoroutePart.Path"] = "";

        var refused = await AdminSite.CreateAsync(admin, "Article", values, "publish");
        var page = AdminSession.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Vui lòng nhập Chuyên mục.", AdminSite.Text(page, "error-Article-Category"));
        Assert.Equal("", page.QuerySelector("[data-testid=input-AutoroutePart-Path]")!.GetAttribute("value") ?? "");

        // The editor fixes the title and the category: the path follows the new title, not the first one.
        var published = await admin.SubmitAsync(page, "[data-testid=content-form]", new()
        {
            ["TitlePart.Title"] = "Bài đã chọn chuyên mục",
            ["Article.Category.TermContentItemIds"] = AdminTestRecipe.NewsTermId,
            ["action"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.True(site.Services.GetRequiredService<RouteTable>().TryResolve("tin-tuc/bai-da-chon-chuyen-muc", out _));
    }

    [Fact]
    public async Task SaveDraft_TitleMissing_IsSavedWithoutAPathAndPublishedLaterUnderItsTitle()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var values = AdminSite.Article("");
        values["AutoroutePart.Path"] = "";

        var saved = await AdminSite.CreateAsync(admin, "Article", values, "draft");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editor = await admin.FollowAsync(saved);
        Assert.Equal("Đã lưu bản nháp.", AdminSite.Text(editor, "save-message"));
        Assert.Equal("", editor.QuerySelector("[data-testid=input-AutoroutePart-Path]")!.GetAttribute("value") ?? "");
        var list = await admin.GetPageAsync("/admin/content?type=Article");
        Assert.Contains(list.QuerySelectorAll("[data-testid=row-title]"), a => a.TextContent.Trim() == "(chưa có tiêu đề)");

        var published = await admin.SubmitAsync(editor, "[data-testid=content-form]", new() { ["TitlePart.Title"] = "Bài đặt tên sau", ["action"] = "publish" });

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.True(site.Services.GetRequiredService<RouteTable>().TryResolve("tin-tuc/bai-dat-ten-sau", out _));
    }

    [Fact]
    public async Task Publish_RequiredCategoryMissing_ShowsErrorBesideCategory()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var values = AdminSite.Article("Bài chưa có chuyên mục");
        values["Article.Category.TermContentItemIds"] = "";

        var response = await AdminSite.CreateAsync(admin, "Article", values, "publish");

        var page = AdminSession.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Vui lòng nhập Chuyên mục.", AdminSite.Text(page, "error-Article-Category"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_EventEndingBeforeItStarts_IsRefusedBesideTheEndAndKeepsTheTypedValues(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var response = await AdminSite.CreateAsync(admin, "Event", new()
        {
            ["TitlePart.Title"] = "Hội thảo kết thúc trước khi bắt đầu",
            ["Event.StartDate.Value"] = "2026-12-10T08:00",
            ["Event.EndDate.Value"] = "2026-12-09T17:00",
        }, "publish");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = AdminSession.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Thời gian kết thúc phải sau thời gian bắt đầu.", AdminSite.Text(page, "error-Event-EndDate"));
        Assert.Equal("2026-12-10T08:00", page.QuerySelector("[data-testid=input-Event-StartDate]")!.GetAttribute("value"));
        Assert.Equal("2026-12-09T17:00", page.QuerySelector("[data-testid=input-Event-EndDate]")!.GetAttribute("value"));
        Assert.Equal("Hội thảo kết thúc trước khi bắt đầu", page.QuerySelector("[data-testid=input-TitlePart-Title]")!.GetAttribute("value"));
        await using var db = site.OpenDb();
        Assert.False(await db.ContentItems.AnyAsync(r => r.ContentType == "Event"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_TypedSlugOfAnotherPublishedItem_IsRefusedBesideTheSlug(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bài thứ nhất"), "publish"));
        var values = AdminSite.Article("Bài thứ hai");
        values["AutoroutePart.Path"] = "tin-tuc/bai-thu-nhat";

        var response = await AdminSite.CreateAsync(admin, "Article", values, "publish");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = AdminSession.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Đường dẫn 'tin-tuc/bai-thu-nhat' đã được một nội dung khác sử dụng.", AdminSite.Text(page, "error-AutoroutePart-Path"));
        Assert.Equal("tin-tuc/bai-thu-nhat", page.QuerySelector("[data-testid=input-AutoroutePart-Path]")!.GetAttribute("value"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_SecondEditorOnStaleVersion_GetsConflictMessageAndKeepsTyping(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var first = await AdminSession.SignInAsync(site);
        var second = await AdminSession.SignInAsync(site);
        var id = AdminSite.IdFrom(await AdminSite.CreateAsync(first, "Article", AdminSite.Article("Bài viết chung")));
        var firstPage = await first.GetPageAsync($"/admin/content/edit?id={id}");
        var secondPage = await second.GetPageAsync($"/admin/content/edit?id={id}");

        var saved = await first.SubmitAsync(firstPage, "[data-testid=content-form]", new() { ["Article.Summary.Text"] = "Bản của người thứ nhất.", ["action"] = "draft" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var conflict = await second.SubmitAsync(secondPage, "[data-testid=content-form]", new() { ["Article.Summary.Text"] = "Bản của người thứ hai, gõ rất lâu.", ["action"] = "draft" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = AdminSession.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("vừa được người khác lưu", AdminSite.Text(page, "conflict-message"));
        Assert.Equal("Bản của người thứ hai, gõ rất lâu.", page.QuerySelector("[data-testid=input-Article-Summary]")!.TextContent);
        Assert.Equal("Bản của người thứ nhất.", await SummaryAsync(site, id));

        var overwritten = await second.SubmitAsync(page, "[data-testid=content-form]", new() { ["overwrite"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, overwritten.StatusCode);
        Assert.Equal("Bản của người thứ hai, gõ rất lâu.", await SummaryAsync(site, id));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_ScriptAndOnerrorInBody_NeverReachThePublicPage(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var html = "<p>Chữ <strong>đậm</strong></p><script>alert('x')</script><img src=\"/media/a.jpg\" onerror=\"alert(1)\"><a href=\"javascript:alert(2)\">xấu</a>";

        AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bài có mã độc", html), "publish"));

        var page = await site.CreateClient().GetStringAsync("/tin-tuc/bai-co-ma-doc");
        Assert.Contains("<strong>đậm</strong>", page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("onerror", page);
        Assert.DoesNotContain("javascript:alert", page);
    }

    private static async Task<string?> SummaryAsync(PortalSite site, string id) =>
        await site.InScopeAsync(async services =>
            (await services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest))!.Field("Article", "Summary")?["Text"]?.ToString());
}
