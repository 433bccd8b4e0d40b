using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Menus;
using Portal.Core.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class MenuEditorTests
{
    private const string MenuUrl = "/admin/menus/edit?id=" + AdminTestRecipe.MainMenuId;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Menu_AddNestMoveAndRemove_WithTheKeyboardButtons(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var page = await admin.GetPageAsync(MenuUrl);
        page = await admin.FollowAsync(await admin.SubmitAsync(page, "[data-testid=menu-add-form]", new() { ["name"] = "Hội thành viên", ["url"] = "/hoi-thanh-vien" }));
        page = await ClickAsync(admin, page, "Hội thành viên", "indent");
        Assert.Equal([("Trang chủ", 0), ("Giới thiệu", 0), ("Tin tức", 0), ("Hội thành viên", 1)], await TreeAsync(site));

        page = await ClickAsync(admin, page, "Hội thành viên", "outdent");
        page = await ClickAsync(admin, page, "Hội thành viên", "up");
        page = await ClickAsync(admin, page, "Giới thiệu", "remove");

        Assert.Equal("Đã xóa mục.", AdminSite.Text(page, "menu-message"));
        Assert.Equal([("Trang chủ", 0), ("Hội thành viên", 0), ("Tin tức", 0)], await TreeAsync(site));
    }

    [Fact]
    public async Task Menu_DragAndDropOrder_IsSavedAsNestedItems()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var page = await admin.GetPageAsync(MenuUrl);
        var order = """[{"id":"4menutintuc00000000000000","children":[{"id":"4menugioithieu00000000000","children":[]}]},{"id":"4menutrangchu000000000000","children":[]}]""";

        var saved = await admin.SubmitAsync(page, "[data-menu-order-form]", new() { ["order"] = order });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([("Tin tức", 0), ("Giới thiệu", 1), ("Trang chủ", 0)], await TreeAsync(site));
        var incomplete = await admin.SubmitAsync(await admin.GetPageAsync(MenuUrl), "[data-menu-order-form]", new() { ["order"] = """[{"id":"4menutintuc00000000000000"}]""" });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var forged = await admin.SubmitAsync(await admin.GetPageAsync(MenuUrl), "[data-menu-order-form]",
            new() { ["order"] = """[{"id":"4menutrangchu000000000000","id":"4menutintuc00000000000000","children":[]}]""" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal([("Tin tức", 0), ("Giới thiệu", 1), ("Trang chủ", 0)], await TreeAsync(site));
    }

    [Fact]
    public async Task Menu_UnsafeAddressAndStalePage_AreRefused()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var stale = await admin.GetPageAsync(MenuUrl);

        var unsafeUrl = await admin.SubmitAsync(stale, "[data-testid=menu-add-form]", new() { ["name"] = "Xấu", ["url"] = "javascript:alert(1)" });
        await admin.SubmitAsync(await admin.GetPageAsync(MenuUrl), "[data-testid=menu-add-form]", new() { ["name"] = "Liên hệ", ["url"] = "/lien-he" });
        var conflict = await admin.SubmitAsync(stale, "[data-testid=menu-add-form]", new() { ["name"] = "Muộn", ["url"] = "/muon" });

        Assert.Equal(HttpStatusCode.BadRequest, unsafeUrl.StatusCode);
        Assert.Contains("vừa được người khác thay đổi", AdminSite.Text(AdminSession.Parse(await conflict.Content.ReadAsStringAsync()), "menu-error"));
        Assert.Equal(["Trang chủ", "Giới thiệu", "Tin tức", "Liên hệ"], (await TreeAsync(site)).Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Menu_RefusedAddressAndConflict_ShowTheFormAgainAsTyped(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var stale = await admin.GetPageAsync(MenuUrl);

        var refused = await admin.SubmitAsync(stale, "[data-testid=menu-add-form]",
            new() { ["name"] = "Văn bản", ["url"] = "van-ban", ["parentId"] = "4menutintuc00000000000000", ["newTab"] = "true" });
        var gioiThieu = $"[data-id='4menugioithieu00000000000'] [data-testid=menu-update-form]";
        var refusedUpdate = await admin.SubmitAsync(stale, gioiThieu, new() { ["name"] = "Giới thiệu chung", ["url"] = "gioi-thieu" });
        await admin.SubmitAsync(await admin.GetPageAsync(MenuUrl), "[data-testid=menu-add-form]", new() { ["name"] = "Liên hệ", ["url"] = "/lien-he" });
        var conflict = await admin.SubmitAsync(stale, "[data-testid=menu-add-form]", new() { ["name"] = "Muộn", ["url"] = "/muon" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = AdminSession.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Địa chỉ phải bắt đầu bằng", AdminSite.Text(page, "menu-error"));
        Assert.Equal("Văn bản", Value(page, "[data-testid=menu-add-name]"));
        Assert.Equal("van-ban", Value(page, "[data-testid=menu-add-url]"));
        Assert.Equal("4menutintuc00000000000000", ((AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector("[data-testid=menu-add-parent]")!).Value);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("[data-testid=menu-add-form] [name=newTab]")!).IsChecked);

        var updated = AdminSession.Parse(await refusedUpdate.Content.ReadAsStringAsync());
        Assert.Equal("Giới thiệu chung", Value(updated, gioiThieu + " [name=name]"));
        Assert.Equal("gioi-thieu", Value(updated, gioiThieu + " [name=url]"));
        Assert.True(updated.QuerySelector("[data-id='4menugioithieu00000000000'] details.menu-edit")!.HasAttribute("open"));

        var reloaded = AdminSession.Parse(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("vừa được người khác thay đổi", AdminSite.Text(reloaded, "menu-error"));
        Assert.Equal("Muộn", Value(reloaded, "[data-testid=menu-add-name]"));
        Assert.Equal("/muon", Value(reloaded, "[data-testid=menu-add-url]"));
        Assert.Equal(["Trang chủ", "Giới thiệu", "Tin tức", "Liên hệ"], (await TreeAsync(site)).Select(t => t.Name));
    }

    [Fact]
    public async Task Menus_MissingStandardMenu_CanBeCreated()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var page = await admin.GetPageAsync("/admin/menus");

        var created = await admin.SubmitAsync(page, "form:has([data-testid=menu-create-lien-ket-website])", []);
        var editor = await admin.FollowAsync(created);

        Assert.Equal("Liên kết website", editor.QuerySelector("h1")!.TextContent);
        var menus = await admin.GetPageAsync("/admin/menus");
        Assert.NotNull(menus.QuerySelector("[data-testid=menu-edit-lien-ket-website]"));
    }

    private static string? Value(AngleSharp.Html.Dom.IHtmlDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("value");

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ClickAsync(AdminSession admin, AngleSharp.Html.Dom.IHtmlDocument page, string name, string op)
    {
        var item = page.QuerySelectorAll("[data-testid=menu-item]").First(i => i.QuerySelector("[data-testid=menu-item-name]")!.TextContent == name);
        var form = item.QuerySelector(".menu-buttons")!;
        var fields = AdminSession.FormFields((AngleSharp.Html.Dom.IHtmlFormElement)form).Append(new("op", op));
        return await admin.FollowAsync(await admin.Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields)));
    }

    private static Task<List<(string Name, int Depth)>> TreeAsync(PortalSite site) => site.InScopeAsync(async services =>
    {
        var menu = (await services.GetRequiredService<IContentManager>().GetAsync(AdminTestRecipe.MainMenuId))!;
        return new MenuTree(menu).Walk().Select(w => (MenuTree.Name(w.Node), w.Depth)).ToList();
    });
}
