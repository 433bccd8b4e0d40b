using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Parts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Menus and taxonomies are made and edited in their own editors, by the roles that manage them, never in the generic content editor.</summary>
public sealed class MenuAndTaxonomyAccessTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Author_GetsNoCreateButtonForMenuOrTaxonomy_AndAForgedCreateIsRefused(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "tacgia", "Author");
        var author = await AdminSession.SignInAsync(site, "tacgia", AdminSession.Password);

        foreach (var url in new[] { "/admin", "/admin/content" })
        {
            var page = await author.GetPageAsync(url);
            Assert.NotNull(page.QuerySelector("[data-testid=new-Article]"));
            Assert.Null(page.QuerySelector("[data-testid=new-Menu]"));
            Assert.Null(page.QuerySelector("[data-testid=new-Taxonomy]"));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.GetAsync("/admin/content/edit?type=Menu")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.GetAsync("/admin/content/edit?type=Taxonomy")).StatusCode);
        foreach (var type in new[] { "Menu", "Taxonomy" })
        {
            var forged = await AdminSite.CreateAsync(author, "Article", new() { ["ContentType"] = type, ["TitlePart.Title"] = $"{type} của tác giả" });
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        await using var db = site.OpenDb();
        Assert.Equal(2, await db.ContentItems.CountAsync(r => r.ContentType == "Menu" || r.ContentType == "Taxonomy"));
    }

    [Fact]
    public async Task Administrator_AskingTheContentEditorForANewMenu_IsSentToTheMenuPage_AndAForgedCreateIsRefused()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var menu = await admin.Client.GetAsync("/admin/content/edit?type=Menu");
        var taxonomy = await admin.Client.GetAsync("/admin/content/edit?type=Taxonomy");
        var forged = await AdminSite.CreateAsync(admin, "Article", new() { ["ContentType"] = "Menu", ["TitlePart.Title"] = "Menu giả" });

        Assert.Equal("/admin/menus", menu.Headers.Location?.OriginalString);
        Assert.Equal("/admin/taxonomies", taxonomy.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Null((await admin.GetPageAsync("/admin")).QuerySelector("[data-testid=new-Taxonomy]"));
    }

    [Fact]
    public async Task Administrator_AskingTheContentEditorForATermOfItsOwn_IsNotFoundAndAForgedCreateMakesNothing()
    {
        // The site's own recipe: its term type "Category" is marked not creatable (terms are made in the term editor).
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var admin = await AdminSession.SignInAsync(site);

        var asked = await admin.Client.GetAsync("/admin/content/edit?type=Category");
        var forged = await AdminSite.CreateAsync(admin, "Article", new() { ["ContentType"] = "Category", ["TitlePart.Title"] = "Chuyên mục lạc" });

        Assert.Equal(HttpStatusCode.NotFound, asked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        await using var db = site.OpenDb();
        Assert.False(await db.ContentItems.AnyAsync(r => r.ContentType == "Category"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AuthorsDraftMenu_IsLinkedToTheMenuEditor_AndTheAuthorCannotOpenIt(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "tacgia", "Author");
        var author = await AdminSession.SignInAsync(site, "tacgia", AdminSession.Password);
        var menuId = await DraftMenuAsync(site, "tacgia", "Menu của tác giả");
        var admin = await AdminSession.SignInAsync(site);

        var drafts = (await admin.GetPageAsync("/admin")).QuerySelectorAll("[data-testid=drafts-item] a");
        var list = (await admin.GetPageAsync("/admin/content")).QuerySelectorAll("[data-testid=row-title]");

        Assert.Equal($"/admin/menus/edit?id={menuId}", Link(drafts, "Menu của tác giả"));
        Assert.Equal($"/admin/menus/edit?id={menuId}", Link(list, "Menu của tác giả"));
        Assert.Equal($"/admin/taxonomies/edit?id={AdminTestRecipe.TaxonomyId}", Link(list, "Chuyên mục"));
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.GetAsync($"/admin/content/edit?id={menuId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.GetAsync($"/admin/content/versions?id={menuId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync($"/admin/menus/edit?id={menuId}")).StatusCode);
    }

    private static string? Link(IEnumerable<AngleSharp.Dom.IElement> links, string text) =>
        links.Single(a => a.TextContent.Trim() == text).GetAttribute("href");

    // What the generic editor let authors make before: a draft menu the author owns.
    private static Task<string> DraftMenuAsync(PortalSite site, string userName, string title) => site.InScopeAsync(async services =>
    {
        await using var db = site.OpenDb();
        var owner = await db.Users.SingleAsync(u => u.UserName == userName);
        var contents = services.GetRequiredService<IContentManager>();
        var menu = await contents.NewAsync("Menu");
        menu.Apply(new TitlePart { Title = title });
        menu.DisplayText = title;
        menu.Owner = owner.Id;
        menu.Author = userName;
        return (await contents.SaveDraftAsync(menu)).ContentItemId;
    });
}
