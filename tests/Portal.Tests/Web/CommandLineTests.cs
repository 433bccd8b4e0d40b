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
        Assert.Contains("1. ContentDefinition — sẽ áp dụng", output);
        Assert.Contains("tạo loại Announcement (TitlePart, AutoroutePart, HtmlBodyPart)", output);
        Assert.Contains("Loại nội dung: tạo 1 (Announcement)", output);
        Assert.Contains("Announcement: 2 mới, 0 cập nhật, 0 giữ nguyên", output);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Fact]
    public async Task Import_DryRunOfOrchardBlogWithSkip_ListsWhatHasNoEquivalent()
    {
        using var database = TestDatabase.Create("Sqlite");
        var (exitCode, output) = await PortalProcess.RunAsync(database, "recipe", "import", TestPaths.OrchardFixture("blog.recipe.json"), "--dry-run", "--skip-unsupported");

        Assert.True(exitCode == 0, output);
        Assert.Contains("layers — không hỗ trợ, bỏ qua", output);
        Assert.Contains("Tính năng không có ở đây: OrchardCore.AdminMenu", output);
        Assert.Contains("Phần không có tác dụng ở đây (dữ liệu được giữ, không hiển thị): FlowPart, ListPart", output);
        Assert.Contains("Snippets/footer.html", output);
        Assert.Contains("BlogPost: 1 mới", output);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_ThenImportIntoAFreshDatabase_ServesTheSamePages(string provider)
    {
        using var source = TestDatabase.Create(provider);
        var (imported, importOutput) = await PortalProcess.RunAsync(source, "recipe", "import", "recipes/demo-content.recipe.json");
        Assert.True(imported == 0, importOutput);
        var file = Path.Combine(source.AppDataPath, "xuat", "site.recipe.json");

        var (exported, exportOutput) = await PortalProcess.RunAsync(source, "recipe", "export", file);

        Assert.True(exported == 0, exportOutput);
        Assert.Contains("content: 60 nội dung (60 phiên bản): 34 Article, 8 Event, 2 Menu, 13 Organization, 2 Page, 1 Taxonomy", exportOutput);
        Assert.Contains($"Đã xuất ra {file}.", exportOutput);
        using var target = TestDatabase.Create(provider);
        var (first, firstOutput) = await PortalProcess.RunAsync(target, "recipe", "import", file);
        Assert.True(first == 0, firstOutput);
        var (second, secondOutput) = await PortalProcess.RunAsync(target, "recipe", "import", file);
        Assert.True(second == 0, secondOutput);
        Assert.Contains("Nội dung: 0 mới, 0 cập nhật, 60 giữ nguyên", secondOutput);
        await using var sourceSite = new PortalSite(source);
        await using var targetSite = new PortalSite(target);
        foreach (var path in new[] { "/", "/tin-tuc", "/su-kien", "/tin-tuc/bai-mau-so-1" })
        {
            Assert.Equal(await sourceSite.CreateClient().GetStringAsync(path), await targetSite.CreateClient().GetStringAsync(path));
        }
    }

    [Fact]
    public async Task Export_SomeTypesWithoutContent_WritesOnlyTheirDefinitions()
    {
        using var database = TestDatabase.Create("Sqlite");
        var file = Path.Combine(database.AppDataPath, "xuat", "types.recipe.json");

        var (exitCode, output) = await PortalProcess.RunAsync(database, "recipe", "export", file, "--types", "Article,Event", "--no-content");

        Assert.True(exitCode == 0, output);
        Assert.Contains("ContentDefinition: 2 loại nội dung, 2 phần", output);
        Assert.DoesNotContain("content:", output);
        var recipe = Portal.Core.Recipes.RecipeReader.ReadFile(file);
        Assert.DoesNotContain(recipe.Steps, s => s!["name"]!.ToString() == "content");
    }

    [Fact]
    public async Task Export_UnknownType_ExitsOneNamingIt()
    {
        using var database = TestDatabase.Create("Sqlite");
        var file = Path.Combine(database.AppDataPath, "xuat", "x.recipe.json");

        var (exitCode, output) = await PortalProcess.RunAsync(database, "recipe", "export", file, "--types=Baiviet");

        Assert.Equal(1, exitCode);
        Assert.Contains("Không có loại nội dung 'Baiviet'. Các loại hiện có: Article,", output);
        Assert.False(File.Exists(file));
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
        Assert.Contains("recipe import TỆP [--dry-run] [--skip-unsupported]", output);
        Assert.Contains("recipe export TỆP [--types Loại1,Loại2] [--no-content]", output);

        var (wrongFlag, wrongFlagOutput) = await PortalProcess.RunAsync(database, "recipe", "export", "x.json", "--dry-run");
        Assert.Equal(2, wrongFlag);
        Assert.Contains("recipe export TỆP", wrongFlagOutput);
        Assert.DoesNotContain("recipe import TỆP", wrongFlagOutput);
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
