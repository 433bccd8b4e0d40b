using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Settings;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>"Nhập recipe": choose or upload, dry run (nothing written), confirm exactly what was planned, see the result.</summary>
public sealed class RecipeImportPageTests
{
    private const string DemoArticlePath = "/tin-tuc/bai-mau-so-1";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ShippedDemoContent_PlanChangesNothing_ConfirmImportsItAndItsItemsArePublic(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var admin = await AdminSession.SignInAsync(site);
        var list = await admin.GetPageAsync(RecipePages.ImportUrl);
        var demo = list.QuerySelector("[data-testid=recipe-item][data-file='demo-content.recipe.json']")!;
        Assert.Contains("Nội dung mẫu (để thử)", demo.TextContent);
        Assert.Contains("Bài viết, sự kiện và tổ chức MẪU", demo.TextContent);
        var before = await DatabaseSnapshot.TakeAsync(database);

        var planResponse = await RecipePages.PlanShippedAsync(admin, "demo-content.recipe.json");

        Assert.Equal(HttpStatusCode.OK, planResponse.StatusCode);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
        var plan = await RecipePages.ParseAsync(planResponse);
        Assert.Equal("true", plan.QuerySelector("[data-testid=recipe-plan]")!.GetAttribute("data-succeeded"));
        Assert.Equal(new Dictionary<string, string> { ["content"] = "Planned" }, RecipePages.Steps(plan));
        Assert.Equal(("33", "0", "0"), RecipePages.Items(plan, "Article"));
        Assert.Equal(("8", "0", "0"), RecipePages.Items(plan, "Event"));
        // Types by the names editors know, not the technical ones.
        Assert.Equal(["Bài viết", "Sự kiện", "Tổ chức"], plan.QuerySelectorAll("[data-testid=recipe-items-row] td:first-child").Select(c => c.TextContent.Trim()));
        Assert.Null(plan.QuerySelector("[data-testid=recipe-errors]"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync(DemoArticlePath)).StatusCode);

        var result = await RecipePages.ParseAsync(await RecipePages.ConfirmAsync(admin, plan));

        Assert.Equal("true", result.QuerySelector("[data-testid=recipe-result]")!.GetAttribute("data-succeeded"));
        Assert.Equal("Đã nhập recipe “Nội dung mẫu (để thử)”.", AdminSite.Text(result, "recipe-result-message"));
        Assert.Equal(new Dictionary<string, string> { ["content"] = "Applied" }, RecipePages.Steps(result));
        var article = await site.CreateClient().GetAsync(DemoArticlePath);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains("[Bài mẫu] Số 1: Tập huấn chuyển giao công nghệ tại huyện Hậu Lộc", await article.Content.ReadAsStringAsync());
        Assert.Contains("[Bài mẫu]", await site.CreateClient().GetStringAsync("/tin-tuc"));

        // The same plan confirmed again: the recipe has fixed ids, so nothing changes.
        var snapshot = await DatabaseSnapshot.TakeAsync(database);
        var again = await RecipePages.ParseAsync(await RecipePages.ConfirmAsync(admin, plan));
        Assert.Equal(("0", "0", "33"), RecipePages.Items(again, "Article"));
        Assert.Equal(snapshot, await DatabaseSnapshot.TakeAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_WithUnsupportedSteps_RefusedUnlessTheBoxIsTicked_ThenImportsTheRestOnce(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var recipe = Encoding.UTF8.GetBytes("""
            { "name": "tu-orchard", "displayName": "Recipe từ Orchard Core", "steps": [
              { "name": "settings", "SiteName": "Liên hiệp hội (đã nhập)" },
              { "name": "layers", "Layers": [] },
              { "name": "queries", "Queries": [] } ] }
            """);
        var before = await DatabaseSnapshot.TakeAsync(database);

        var refused = await RecipePages.ParseAsync(await RecipePages.UploadAsync(admin, recipe, "tu-orchard.json"));

        Assert.Equal("false", refused.QuerySelector("[data-testid=recipe-plan]")!.GetAttribute("data-succeeded"));
        var error = AdminSite.Text(refused, "recipe-error")!;
        Assert.Contains("layers (bước 2)", error);
        Assert.Contains("queries (bước 3)", error);
        Assert.Contains("bỏ qua các bước không hỗ trợ", error);
        Assert.Equal("Không có gì bị thay đổi.", AdminSite.Text(refused, "recipe-unchanged"));
        Assert.Null(refused.QuerySelector("[data-testid=recipe-confirm]"));
        Assert.Equal(new Dictionary<string, string> { ["settings"] = "Planned", ["layers"] = "Unsupported", ["queries"] = "Unsupported" }, RecipePages.Steps(refused));

        var plan = await RecipePages.ParseAsync(await RecipePages.ReplanAsync(admin, refused, skip: true));

        Assert.Equal("true", plan.QuerySelector("[data-testid=recipe-plan]")!.GetAttribute("data-succeeded"));
        Assert.Equal("SkippedUnsupported", RecipePages.Steps(plan)["layers"]);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)plan.QuerySelector("[data-testid=recipe-skip]")!).IsChecked);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));

        // A confirmation forged without the box is checked again on the server: refused, nothing changed.
        var forged = await RecipePages.ConfirmAsync(admin, plan, new() { ["skip"] = "false" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("không được hỗ trợ", AdminSite.Text(await RecipePages.ParseAsync(forged), "recipe-errors"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
        Assert.Empty(RecipePages.KeptUploads(database));

        // The forged attempt used the upload up: the real confirmation finds it gone and asks for it again.
        var gone = await RecipePages.ParseAsync(await RecipePages.ConfirmAsync(admin, plan));
        Assert.Contains("Hãy tải lên lại", AdminSite.Text(gone, "recipe-choice-error"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Fact]
    public async Task Upload_TickedBox_ConfirmAppliesThePlanOnceAndDeletesTheUpload()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var recipe = Encoding.UTF8.GetBytes("""
            { "name": "tu-orchard", "steps": [ { "name": "settings", "SiteName": "Liên hiệp hội (đã nhập)" }, { "name": "layers", "Layers": [] } ] }
            """);

        var plan = await RecipePages.ParseAsync(await RecipePages.UploadAsync(admin, recipe, skip: true));
        Assert.Single(RecipePages.KeptUploads(database));
        var result = await RecipePages.ParseAsync(await RecipePages.ConfirmAsync(admin, plan));

        Assert.Equal("true", result.QuerySelector("[data-testid=recipe-result]")!.GetAttribute("data-succeeded"));
        Assert.Equal(new Dictionary<string, string> { ["settings"] = "Applied", ["layers"] = "SkippedUnsupported" }, RecipePages.Steps(result));
        Assert.Equal("Liên hiệp hội (đã nhập)", (await site.InScopeAsync(s => s.GetRequiredService<SiteSettingsManager>().GetAsync())).SiteName);
        Assert.Empty(RecipePages.KeptUploads(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upload_TooBigNotJsonNotUtf8OrNotARecipe_RefusedBesideTheUploadAndNothingChanges(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database, new Dictionary<string, string?> { ["Portal:Recipes:MaxUploadBytes"] = "4096" });
        var admin = await AdminSession.SignInAsync(site);
        var before = await DatabaseSnapshot.TakeAsync(database);
        var tooBig = Encoding.UTF8.GetBytes($$"""{ "name": "lon", "steps": [], "description": "{{new string('x', 5000)}}" }""");
        var cases = new (byte[] Content, string Expected)[]
        {
            (tooBig, "quá lớn: giới hạn là 4 KB"),
            (Encoding.UTF8.GetBytes("<html><body>Trang web, không phải JSON</body></html>"), "JSON không hợp lệ"),
            (Encoding.Latin1.GetBytes("""{ "name": "Thanh Hóa", "steps": [] }"""), "không phải văn bản UTF-8"),
            (Encoding.UTF8.GetBytes("""{ "ContentItemId": "abc", "ContentType": "Article" }"""), "Đây không phải là recipe"),
            ([], "rỗng"),
        };

        foreach (var (content, expected) in cases)
        {
            var response = await RecipePages.UploadAsync(admin, content, "thu.json");

            var page = await RecipePages.ParseAsync(response);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{expected}: {(int)response.StatusCode} {page.QuerySelector("main")?.TextContent}");
            Assert.Contains(expected, AdminSite.Text(page, "recipe-upload-error"));
            Assert.Null(page.QuerySelector("[data-testid=recipe-plan]"));
        }

        // A body far above the limit is not even read: the page says how big a recipe may be.
        var huge = await RecipePages.UploadAsync(admin, new byte[2 * 1024 * 1024], "rat-lon.json");
        Assert.Equal(HttpStatusCode.Redirect, huge.StatusCode);
        Assert.Contains("Tệp quá lớn: giới hạn là 4 KB", AdminSite.Text(await admin.FollowAsync(huge), "recipe-upload-error"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
        Assert.Empty(RecipePages.KeptUploads(database));
    }

    [Fact]
    public async Task Upload_FilesOnTheServerAndForgedIds_NeverRead()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var recipe = Encoding.UTF8.GetBytes("""
            { "name": "doc-tep", "steps": [ { "name": "settings", "SiteName": "[file: text('../../appsettings.json')]" },
              { "name": "media", "Files": [ { "TargetPath": "a.png", "SourcePath": "/etc/hostname" } ] } ] }
            """);

        var plan = await RecipePages.ParseAsync(await RecipePages.UploadAsync(admin, recipe));
        var errors = plan.QuerySelectorAll("[data-testid=recipe-error]").Select(e => e.TextContent).ToList();
        var forgedPage = await admin.GetPageAsync(RecipePages.ImportUrl);
        var traversal = await admin.PostAsync($"{RecipePages.ImportUrl}?handler=Replan", forgedPage, [new("uploadId", "../../portal")]);
        var unlisted = await admin.PostAsync($"{RecipePages.ImportUrl}?handler=Replan", forgedPage, [new("recipe", "../appsettings.json")]);

        Assert.Equal(2, errors.Count);
        Assert.Contains("Bước 1 (settings), steps[0].SiteName:", errors[0]);
        Assert.Contains("Recipe tải lên không được đọc tệp trên máy chủ", errors[0]);
        Assert.Contains("Bước 2 (media), steps[1].Files[0].SourcePath:", errors[1]);
        Assert.Contains("Hãy tải lên lại", AdminSite.Text(await RecipePages.ParseAsync(traversal), "recipe-upload-error"));
        Assert.Contains("Không có recipe '../appsettings.json'", AdminSite.Text(await RecipePages.ParseAsync(unlisted), "recipe-choice-error"));
    }

    [Fact]
    public async Task Confirm_WithAnotherFingerprint_IsRefusedAndNothingChanges()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var admin = await AdminSession.SignInAsync(site);
        var plan = await RecipePages.ParseAsync(await RecipePages.PlanShippedAsync(admin, "demo-content.recipe.json"));
        var before = await DatabaseSnapshot.TakeAsync(database);

        var response = await RecipePages.ConfirmAsync(admin, plan, new() { ["sha256"] = new string('0', 64) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Recipe đã thay đổi sau khi chạy thử", AdminSite.Text(await RecipePages.ParseAsync(response), "recipe-choice-error"));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }
}
