using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>Only Administrators reach the recipe pages and their actions; the check is on the server, for every request.</summary>
public sealed class RecipePageAccessTests
{
    [Theory]
    [InlineData("Editor")]
    [InlineData("Author")]
    public async Task EditorOrAuthor_PagesAndForgedPosts_Are403AndNothingChanges(string role)
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        await AdminSession.CreateUserAsync(site, "nguoidung", role);
        var session = await AdminSession.SignInAsync(site, "nguoidung", AdminSession.Password);
        var home = await session.GetPageAsync("/admin");
        var before = await DatabaseSnapshot.TakeAsync(database);

        Assert.Null(home.QuerySelector("[data-testid=nav-recipes-import]"));
        Assert.Null(home.QuerySelector("[data-testid=nav-recipes-export]"));
        foreach (var url in new[] { RecipePages.ImportUrl, RecipePages.ExportUrl })
        {
            var response = await session.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("Bạn không có quyền", await response.Content.ReadAsStringAsync());
        }

        var shipped = new KeyValuePair<string, string>("recipe", "demo-content.recipe.json");
        foreach (var (url, fields) in new (string, KeyValuePair<string, string>[])[]
        {
            ($"{RecipePages.ImportUrl}?handler=Plan", [shipped]),
            ($"{RecipePages.ImportUrl}?handler=Replan", [shipped, new("skip", "true")]),
            ($"{RecipePages.ImportUrl}?handler=Confirm", [shipped, new("skip", "true"), new("sha256", "")]),
            (RecipePages.ExportUrl, []),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await session.PostAsync(url, home, fields)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await RecipePages.PostUploadAsync(session, home, "{ \"steps\": [] }"u8.ToArray(), "x.json")).StatusCode);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
        Assert.Empty(RecipePages.KeptUploads(database));
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn_AndItsPostsAreRefused()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var anonymous = AdminSession.Anonymous(site);

        foreach (var url in new[] { RecipePages.ImportUrl, RecipePages.ExportUrl })
        {
            var response = await anonymous.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/admin/signin?ReturnUrl=", response.Headers.Location!.ToString());
        }

        var post = await anonymous.Client.PostAsync($"{RecipePages.ImportUrl}?handler=Plan", new FormUrlEncodedContent([new("recipe", "demo-content.recipe.json")]));
        var export = await anonymous.Client.PostAsync(RecipePages.ExportUrl, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
    }

    [Fact]
    public async Task Administrator_SeesBothPagesInTheNavigation()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var admin = await AdminSession.SignInAsync(site);

        var home = await admin.GetPageAsync("/admin");
        var import = await admin.GetPageAsync(RecipePages.ImportUrl);

        Assert.Equal(RecipePages.ImportUrl, home.QuerySelector("[data-testid=nav-recipes-import]")!.GetAttribute("href"));
        Assert.Equal(RecipePages.ExportUrl, home.QuerySelector("[data-testid=nav-recipes-export]")!.GetAttribute("href"));
        Assert.Equal("page", import.QuerySelector("[data-testid=nav-recipes-import]")!.GetAttribute("aria-current"));
        Assert.Equal(2, import.QuerySelectorAll("[data-testid=recipe-item]").Length);
    }
}
