using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Taxonomies;
using Portal.Core.Content;
using Portal.Tests.Core.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class TaxonomyEditorTests
{
    private const string EditorUrl = "/admin/taxonomies/edit?id=" + AdminTestRecipe.TaxonomyId;

    // The term type of the site's recipe: category pages live under "tin-tuc/".
    private const string CategoryType = """
        { "name": "category", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ {
          "Name": "Category", "DisplayName": "Chuyên mục", "Settings": { "ContentTypeSettings": { "Listable": false } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart" },
            { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "tin-tuc/{{ Model.ContentItem | display_text | slugify }}" } } },
            { "PartName": "TermPart", "Name": "TermPart" } ] } ] } ] }
        """;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Terms_AddRenameNestAndRemove_AndReadersSeeTheCategoryPage(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        await RecipeExecutorTests.RunAsync(site, CategoryType);
        var admin = await AdminSession.SignInAsync(site);

        var page = await admin.FollowAsync(await admin.SubmitAsync(await admin.GetPageAsync(EditorUrl), "[data-testid=term-add-form]", new() { ["name"] = "Hội thảo" }));
        Assert.Equal("Đã thêm mục.", AdminSite.Text(page, "term-message"));
        Assert.Equal([("Tin hoạt động của Liên hiệp hội", 0), ("Diễn đàn khoa học và công nghệ", 0), ("Hội thảo", 0)], await TreeAsync(site));
        Assert.Equal("tin-tuc/hoi-thao", await PathAsync(site, "Hội thảo"));
        var categoryPage = await site.CreateClient().GetAsync("/tin-tuc/hoi-thao");
        Assert.Equal(HttpStatusCode.OK, categoryPage.StatusCode);
        Assert.Contains("Hội thảo", await categoryPage.Content.ReadAsStringAsync());

        page = await ClickAsync(admin, page, "Hội thảo", "indent");
        Assert.Equal([("Tin hoạt động của Liên hiệp hội", 0), ("Diễn đàn khoa học và công nghệ", 0), ("Hội thảo", 1)], await TreeAsync(site));

        var term = Term(page, "Hội thảo");
        page = await admin.FollowAsync(await admin.SubmitAsync(page, $"[data-id='{term.GetAttribute("data-id")}'] [data-testid=term-update-form]",
            new() { ["name"] = "Hội thảo khoa học", ["path"] = "" }));
        Assert.Equal("Đã lưu mục.", AdminSite.Text(page, "term-message"));
        Assert.Equal("tin-tuc/hoi-thao-khoa-hoc", await PathAsync(site, "Hội thảo khoa học"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/tin-tuc/hoi-thao")).StatusCode);

        page = await ClickAsync(admin, page, "Hội thảo khoa học", "remove");
        Assert.Equal("Đã xóa mục.", AdminSite.Text(page, "term-message"));
        Assert.Equal([("Tin hoạt động của Liên hiệp hội", 0), ("Diễn đàn khoa học và công nghệ", 0)], await TreeAsync(site));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Term_FilingContent_IsNotRemoved_AndTheEditorIsToldWhy(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Hội nghị tổng kết năm 2026"), "publish"));
        var page = await admin.GetPageAsync(EditorUrl);
        Assert.Equal("1 nội dung", Term(page, "Tin hoạt động của Liên hiệp hội").QuerySelector("[data-testid=term-usage]")!.TextContent);

        var refused = await PostButtonAsync(admin, page, "Tin hoạt động của Liên hiệp hội", "remove");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("đang có 1 nội dung", AdminSite.Text(AdminSession.Parse(await refused.Content.ReadAsStringAsync()), "term-error"));
        Assert.Equal([("Tin hoạt động của Liên hiệp hội", 0), ("Diễn đàn khoa học và công nghệ", 0)], await TreeAsync(site));
    }

    [Fact]
    public async Task Term_TakenPathEmptyNameAndStalePage_AreRefused()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        await RecipeExecutorTests.RunAsync(site, CategoryType);
        var admin = await AdminSession.SignInAsync(site);
        AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bài đã có"), "publish"));
        var stale = await admin.GetPageAsync(EditorUrl);

        var taken = await admin.SubmitAsync(stale, "[data-testid=term-add-form]", new() { ["name"] = "Trùng", ["path"] = "tin-tuc/bai-da-co" });
        var empty = await admin.SubmitAsync(stale, "[data-testid=term-add-form]", new() { ["name"] = " " });
        await admin.SubmitAsync(await admin.GetPageAsync(EditorUrl), "[data-testid=term-add-form]", new() { ["name"] = "Khuyến nông" });
        var conflict = await admin.SubmitAsync(stale, "[data-testid=term-add-form]", new() { ["name"] = "Muộn" });

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("đã được một nội dung khác sử dụng", AdminSite.Text(AdminSession.Parse(await taken.Content.ReadAsStringAsync()), "term-error"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, conflict.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", AdminSite.Text(AdminSession.Parse(await conflict.Content.ReadAsStringAsync()), "term-error"));
        Assert.Equal(["Tin hoạt động của Liên hiệp hội", "Diễn đàn khoa học và công nghệ", "Khuyến nông"], (await TreeAsync(site)).Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Term_RefusedPathAndConflict_ShowTheFormAgainAsTyped(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        await RecipeExecutorTests.RunAsync(site, CategoryType);
        var admin = await AdminSession.SignInAsync(site);
        var stale = await admin.GetPageAsync(EditorUrl);

        var reserved = await admin.SubmitAsync(stale, "[data-testid=term-add-form]", new() { ["name"] = "Quản trị", ["path"] = "admin" });
        await admin.SubmitAsync(await admin.GetPageAsync(EditorUrl), "[data-testid=term-add-form]", new() { ["name"] = "Khuyến nông" });
        var conflict = await admin.SubmitAsync(stale, "[data-testid=term-add-form]", new() { ["name"] = "Hội thảo", ["path"] = "hoi-thao" });

        Assert.Equal(HttpStatusCode.BadRequest, reserved.StatusCode);
        var page = AdminSession.Parse(await reserved.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(AdminSite.Text(page, "term-error")));
        Assert.Equal("Quản trị", page.QuerySelector("[data-testid=term-add-name]")!.GetAttribute("value"));
        Assert.Equal("admin", page.QuerySelector("[data-testid=term-add-path]")!.GetAttribute("value"));
        var reloaded = AdminSession.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("vừa được người khác thay đổi", AdminSite.Text(reloaded, "term-error"));
        Assert.Equal("Hội thảo", reloaded.QuerySelector("[data-testid=term-add-name]")!.GetAttribute("value"));
        Assert.Equal("hoi-thao", reloaded.QuerySelector("[data-testid=term-add-path]")!.GetAttribute("value"));
        Assert.Equal(["Tin hoạt động của Liên hiệp hội", "Diễn đàn khoa học và công nghệ", "Khuyến nông"], (await TreeAsync(site)).Select(t => t.Name));
    }

    [Fact]
    public async Task Term_RefusedRename_KeepsTheTypedNameAndPathInItsForm()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        await RecipeExecutorTests.RunAsync(site, CategoryType);
        var admin = await AdminSession.SignInAsync(site);
        var page = await admin.GetPageAsync(EditorUrl);
        var form = $"[data-id='{Term(page, "Diễn đàn khoa học và công nghệ").GetAttribute("data-id")}'] [data-testid=term-update-form]";

        var refused = await admin.SubmitAsync(page, form, new() { ["name"] = "Diễn đàn", ["path"] = "admin" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var shown = AdminSession.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Diễn đàn", shown.QuerySelector(form + " [name=name]")!.GetAttribute("value"));
        Assert.Equal("admin", shown.QuerySelector(form + " [name=path]")!.GetAttribute("value"));
        Assert.Equal("Tin hoạt động của Liên hiệp hội", Term(shown, "Tin hoạt động của Liên hiệp hội").QuerySelector("[name=name]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Taxonomies_AreListed_AndTheTaxonomyEditorLinksToItsTerms()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var list = await admin.GetPageAsync("/admin/taxonomies");
        var editor = await admin.GetPageAsync("/admin/content/edit?id=" + AdminTestRecipe.TaxonomyId);

        var row = Assert.Single(list.QuerySelectorAll("[data-testid=taxonomy-row]"));
        Assert.Equal("Chuyên mục (2 mục)", string.Join(" ", row.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(EditorUrl, editor.QuerySelector("[data-testid=terms-link]")!.GetAttribute("href"));
    }

    private static IHtmlElement Term(IHtmlDocument page, string name) =>
        (IHtmlElement)page.QuerySelectorAll("[data-testid=term]").First(t => t.QuerySelector("[data-testid=term-name]")!.TextContent == name);

    private static Task<HttpResponseMessage> PostButtonAsync(AdminSession admin, IHtmlDocument page, string name, string op)
    {
        var form = (IHtmlFormElement)Term(page, name).QuerySelector(".menu-buttons")!;
        var fields = AdminSession.FormFields(form).Append(new("op", op));
        return admin.Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private static async Task<IHtmlDocument> ClickAsync(AdminSession admin, IHtmlDocument page, string name, string op) =>
        await admin.FollowAsync(await PostButtonAsync(admin, page, name, op));

    private static Task<List<(string Name, int Depth)>> TreeAsync(PortalSite site) => site.InScopeAsync(async services =>
    {
        var taxonomy = (await services.GetRequiredService<IContentManager>().GetAsync(AdminTestRecipe.TaxonomyId))!;
        return new TermTree(taxonomy).Walk().Select(w => (TermTree.Name(w.Node), w.Depth)).ToList();
    });

    private static Task<string> PathAsync(PortalSite site, string name) => site.InScopeAsync(async services =>
    {
        var taxonomy = (await services.GetRequiredService<IContentManager>().GetAsync(AdminTestRecipe.TaxonomyId))!;
        return TermTree.Path(new TermTree(taxonomy).Walk().Single(w => TermTree.Name(w.Node) == name).Node);
    });
}
