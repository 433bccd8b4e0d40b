using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

/// <summary><c>recipe import</c> run as a real process against a real database.</summary>
public sealed class CommandLineTests
{
    private const string NeverSeenRecipe = """
    {
      "name": "thong-bao",
      "displayName": "Thông báo của Văn phòng",
      "variables": { "noticeId": "[js: uuid()]" },
      "steps": [
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            {
              "Name": "Announcement",
              "DisplayName": "Thông báo",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "thong-bao/{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" }
              ]
            }
          ]
        },
        {
          "name": "content",
          "data": [
            { "ContentType": "Announcement", "ContentItemId": "[js: variables('noticeId')]", "Published": true, "Latest": true,
              "TitlePart": { "Title": "Lịch nghỉ Tết Nguyên đán" }, "HtmlBodyPart": { "Html": "<p>Cơ quan nghỉ Tết từ ngày 14/02.</p>" } },
            { "ContentType": "Announcement", "ContentItemId": "notice-draft-000000000000001", "Published": false, "Latest": true,
              "TitlePart": { "Title": "Bản nháp chưa đăng" } }
          ]
        }
      ]
    }
    """;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_NeverSeenOrchardRecipe_PublishedServedDraftsNotFound(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var file = TestPaths.WriteRecipe(Path.Combine(database.AppDataPath, "in"), NeverSeenRecipe);

        var (exitCode, output) = await PortalProcess.RunAsync(database, "recipe", "import", file);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Nhập thành công", output);
        Assert.Contains("tạo mới 2", output);
        await using var site = new PortalSite(database);
        var client = site.CreateClient();
        var page = await client.GetAsync("/thong-bao/lich-nghi-tet-nguyen-dan");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Cơ quan nghỉ Tết từ ngày 14/02.", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/thong-bao/ban-nhap-chua-dang")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_RecipeWithAnErrorInItsLastStep_ExitsNonZeroAndChangesNothing(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using (var site = new PortalSite(database))
        {
            site.CreateClient();
        }

        var before = await DatabaseSnapshot.TakeAsync(database);
        var broken = NeverSeenRecipe.Replace("\"ContentType\": \"Announcement\", \"ContentItemId\": \"notice-draft", "\"ContentType\": \"Missing\", \"ContentItemId\": \"notice-draft");
        var file = TestPaths.WriteRecipe(Path.Combine(database.AppDataPath, "in"), broken);

        var (exitCode, output) = await PortalProcess.RunAsync(database, "recipe", "import", file);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("bước 2 (content), steps[1].data[1].ContentType", output);
        Assert.Contains("'Missing'", output);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Fact]
    public async Task Import_MalformedJson_ExitsNonZeroWithLineAndColumn()
    {
        using var database = TestDatabase.Create("Sqlite");
        var file = TestPaths.WriteRecipe(Path.Combine(database.AppDataPath, "in"), "{\n  \"name\": \"x\",\n  \"steps\": [ oops ]\n}");

        var (exitCode, output) = await PortalProcess.RunAsync(database, "recipe", "import", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("dòng 3", output);
    }

    [Fact]
    public async Task Import_DryRun_PrintsPlanAndWritesNothing()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using (var site = new PortalSite(database))
        {
            site.CreateClient();
        }

        var before = await DatabaseSnapshot.TakeAsync(database);
        var file = TestPaths.WriteRecipe(Path.Combine(database.AppDataPath, "in"), NeverSeenRecipe);

        var (exitCode, output) = await PortalProcess.RunAsync(database, "recipe", "import", file, "--dry-run");

        Assert.True(exitCode == 0, output);
        Assert.Contains("chạy thử", output);
        Assert.Contains("tạo loại Announcement", output);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Fact]
    public async Task Import_PathRelativeToTheApplicationFolder_FindsTheShippedRecipe()
    {
        using var database = TestDatabase.Create("Sqlite");
        var (exitCode, output) = await PortalProcess.RunAsync(database, "recipe", "import", "recipes/demo-content.recipe.json", "--dry-run");
        Assert.True(exitCode == 0, output);
        Assert.Contains("chạy thử", output);
    }

    [Fact]
    public async Task Run_UnknownCommand_PrintsUsage()
    {
        using var database = TestDatabase.Create("Sqlite");
        var (exitCode, output) = await PortalProcess.RunAsync(database, "recipe", "explode");
        Assert.Equal(2, exitCode);
        Assert.Contains("Cách dùng", output);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SearchRebuild_LostIndex_IsRebuiltFromThePublishedItems(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using (var site = new PortalSite(database))
        {
            site.CreateClient();
            await using var db = site.OpenDb();
            await site.Services.GetRequiredService<Portal.Search.Indexing.ISearchIndex>().ClearAsync(db);
            Assert.Empty(await SeedArticleLinksAsync(site));
        }

        var (exitCode, output) = await PortalProcess.RunAsync(database, "search", "rebuild");

        Assert.True(exitCode == 0, output);
        // The site recipe publishes 2 pages, 10 organizations and 1 article.
        Assert.Contains("Đã dựng lại chỉ mục tìm kiếm: 13 nội dung.", output);
        await using var restarted = new PortalSite(database);
        Assert.Equal([PublicSiteFixture.SeedArticlePath], await SeedArticleLinksAsync(restarted));
    }

    [Theory]
    [InlineData("search")]
    [InlineData("search", "rebuild", "now")]
    [InlineData("search", "rebuild", "--all")]
    public async Task SearchRebuild_WrongArguments_PrintsUsage(params string[] args)
    {
        using var database = TestDatabase.Create("Sqlite");
        var (exitCode, output) = await PortalProcess.RunAsync(database, args);
        Assert.Equal(2, exitCode);
        Assert.Contains("search rebuild", output);
    }

    private static async Task<List<string?>> SeedArticleLinksAsync(PortalSite site)
    {
        var html = await site.CreateClient().GetStringAsync("/tim-kiem?q=" + Uri.EscapeDataString("Thạch Thành"));
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)
            .QuerySelectorAll("[data-testid=search-result-link]").Select(a => a.GetAttribute("href")).ToList();
    }
}
