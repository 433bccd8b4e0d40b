using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Core.Recipes;

/// <summary>Orchard Core's recipe features in depth: files next to the recipe, variables, parameters, missing and remote files.</summary>
public sealed class OrchardCompatibilityTests
{
    [Fact]
    public async Task Run_FileExpressions_ReadRelativeToTheRecipeFolder()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var folder = Path.Combine(database.AppDataPath, "recipes", "blog");
        Directory.CreateDirectory(Path.Combine(folder, "Snippets"));
        Directory.CreateDirectory(Path.Combine(database.AppDataPath, "recipes", "shared"));
        await File.WriteAllTextAsync(Path.Combine(folder, "Snippets", "footer.html"), "<p>Chân trang từ tệp</p>");
        await File.WriteAllBytesAsync(Path.Combine(database.AppDataPath, "recipes", "shared", "logo.bin"), [1, 2, 3, 250]);
        var file = TestPaths.WriteRecipe(folder, """
        { "name": "files", "steps": [ { "name": "settings", "Files": {
            "Footer": "[file: text('Snippets/footer.html')]",
            "Logo": "[file:base64('../shared/logo.bin')]" } } ] }
        """);

        var report = await RecipeExportTests.ImportFileAsync(site, file);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        var section = (await site.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsManager>().GetAsync())).Section("Files")!;
        Assert.Equal("<p>Chân trang từ tệp</p>", section["Footer"]!.ToString());
        Assert.Equal(Convert.ToBase64String([1, 2, 3, 250]), section["Logo"]!.ToString());
    }

    [Fact]
    public async Task Run_VariablesReferringToOtherVariables_InAnyOrder()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var report = await RecipeExecutorTests.RunAsync(site, """
        { "name": "variables",
          "variables": {
            "title": "[js: variables('prefix') + ' ' + variables('year')]",
            "prefix": "[js: 'Đại hội ' + variables('term')]",
            "term": "nhiệm kỳ",
            "year": "[js: 2025 + 5]"
          },
          "steps": [ { "name": "settings", "Variables": { "Title": "[js: variables('title')]", "Again": "[js: variables('title')]" } } ] }
        """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        var section = (await site.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsManager>().GetAsync())).Section("Variables")!;
        Assert.Equal("Đại hội nhiệm kỳ 2030", section["Title"]!.ToString());
        Assert.Equal("Đại hội nhiệm kỳ 2030", section["Again"]!.ToString());
    }

    [Fact]
    public async Task Run_VariablesInACycle_AreAnErrorNamingTheVariable()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var report = await RecipeExecutorTests.RunAsync(site, """
        { "name": "cycle", "variables": { "a": "[js: variables('b')]", "b": "[js: variables('a')]" },
          "steps": [ { "name": "settings", "SiteName": "[js: variables('a')]" } ] }
        """);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Errors);
        Assert.Equal("steps[0].SiteName", error.Path);
        Assert.Contains("vòng tròn", error.Message);
    }

    [Fact]
    public async Task Run_Parameters_AreTheAdministratorAndTheSiteName()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var report = await RecipeExecutorTests.RunAsync(site, """
        { "name": "parameters", "steps": [
          { "name": "content", "data": [ { "ContentType": "News", "ContentItemId": "param00000000000000000001",
              "Owner": "[js: parameters('AdminUserId')]", "Author": "[js: parameters('AdminUsername')]",
              "TitlePart": { "Title": "[js: 'Tin của ' + parameters('SiteName')]" }, "News": { "Summary": { "Text": "t" } } } ] }
        ] }
        """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        var admin = await site.InScopeAsync(async sp => (await sp.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("admin"))!);
        var item = (await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync("param00000000000000000001")))!;
        Assert.Equal(admin.Id, item.Owner);
        Assert.Equal("admin", item.Author);
        Assert.Equal("Tin của Trang thử nghiệm", item.DisplayText);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Run_MissingFile_IsAnErrorNamingStepAndFileAndNothingIsApplied(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        site.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(database);

        var report = await RecipeExecutorTests.RunAsync(site, MissingFileRecipe);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Errors);
        Assert.Equal((2, "content"), (error.StepNumber, error.StepName));
        Assert.Equal("steps[1].data[0].HtmlBodyPart.Html", error.Path);
        Assert.Contains("'Snippets/khong-co.html'", error.Message);
        Assert.Contains("bước 2 (content)", error.ToString());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Fact]
    public async Task Run_MissingFileWithSkip_IsAWarningAndTheRestIsImported()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));

        var report = await RecipeExecutorTests.RunAsync(site, MissingFileRecipe, skipUnsupported: true);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Contains(report.Warnings, w => w.StartsWith("Bước 2 (content)") && w.Contains("'Snippets/khong-co.html'"));
        Assert.Equal("Đã đổi tên", (await site.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsManager>().GetAsync())).SiteName);
        Assert.NotNull(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync("missing0000000000000000001")));
    }

    [Fact]
    public async Task Run_UploadedRecipeNamingAFile_IsRefused()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var recipe = await RecipeUpload.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(MissingFileRecipe)), "tai-len.recipe.json");

        var report = await site.InScopeAsync(sp => sp.GetRequiredService<RecipeExecutor>().RunAsync(recipe, new RecipeRunOptions()));

        Assert.False(report.Succeeded);
        Assert.Contains("Recipe tải lên không được đọc tệp", Assert.Single(report.Errors).Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FileEntries_BlogMediaStep_NameEachMissingImage(bool skip)
    {
        var recipe = RecipeReader.ReadFile(TestPaths.OrchardFixture("blog.recipe.json"));
        var context = MediaStepContext(recipe, recipe.Steps.OfType<JsonObject>().Single(s => s["name"]!.ToString() == "media"), skip, out var report);

        var entries = RecipeFileEntries.Read(context);

        Assert.Empty(entries);
        var images = new[] { "about-bg.jpg", "home-bg.jpg", "post-bg.jpg" };
        if (skip)
        {
            Assert.Empty(report.Errors);
            Assert.Equal(3, report.Warnings.Count);
            Assert.All(images.Zip(report.Warnings), pair => Assert.Contains($"../wwwroot/assets/img/{pair.First}", pair.Second));
            Assert.All(report.Warnings, w => Assert.StartsWith("Bước 7 (media)", w));
        }
        else
        {
            Assert.Equal(["steps[6].Files[0].SourcePath", "steps[6].Files[1].SourcePath", "steps[6].Files[2].SourcePath"], report.Errors.Select(e => e.Path));
            Assert.All(images.Zip(report.Errors), pair => Assert.Contains(pair.First, pair.Second.Message));
            Assert.All(report.Errors, e => Assert.Equal((7, "media"), (e.StepNumber, e.StepName)));
        }

        Assert.Same(entries, RecipeFileEntries.Read(context));
        Assert.Equal(skip ? 3 : 0, report.Warnings.Count);
    }

    [Fact]
    public void FileEntries_EachSource_IsReadOrRefusedClearly()
    {
        var folder = Directory.CreateTempSubdirectory("portal-files-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "logo.png"), [7, 7, 7]);
            var recipe = RecipeReader.Read("""{ "steps": [] }""", folder, "x.recipe.json");
            var step = JsonNode.Parse("""
            { "name": "media", "Files": [
              { "TargetPath": "anh/logo.png", "SourcePath": "logo.png" },
              { "TargetPath": "anh/nhung.png", "Base64": "AQID" },
              { "TargetPath": "anh/xa.png", "SourceUrl": "https://example.com/xa.png" },
              { "TargetPath": "../../etc/passwd", "Base64": "AQID" },
              { "TargetPath": "anh/hong.png", "Base64": "không phải base64" },
              { "TargetPath": "anh/trong.png" }
            ] }
            """)!.AsObject();
            var context = MediaStepContext(recipe, step, skip: false, out var report);

            var entries = RecipeFileEntries.Read(context);

            Assert.Equal(["anh/logo.png", "anh/nhung.png"], entries.Select(e => e.TargetPath));
            Assert.Equal(3, entries[0].Length);
            Assert.Equal([1, 2, 3], ReadAll(entries[1]));
            Assert.Equal(["steps[0].Files[2].SourceUrl", "steps[0].Files[3].TargetPath", "steps[0].Files[4].Base64", "steps[0].Files[5]"], report.Errors.Select(e => e.Path));
            Assert.Contains("https://example.com/xa.png", report.Errors[0].Message);
            Assert.Contains("không truy cập Internet", report.Errors[0].Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string MissingFileRecipe = """
    { "name": "missing-file", "steps": [
      { "name": "settings", "SiteName": "Đã đổi tên" },
      { "name": "content", "data": [ { "ContentType": "News", "ContentItemId": "missing0000000000000000001",
          "TitlePart": { "Title": "Có tệp thiếu" }, "HtmlBodyPart": { "Html": "[file: text('Snippets/khong-co.html')]" }, "News": { "Summary": { "Text": "t" } } } ] }
    ] }
    """;

    private static RecipeStepContext MediaStepContext(RecipeDocument recipe, JsonObject step, bool skip, out RecipeReport report)
    {
        report = new RecipeReport();
        var number = recipe.Steps.IndexOf(step) + 1;
        number = number == 0 ? 1 : number;
        var stepReport = new RecipeStepReport(number, "media");
        // The helper reads the step's JSON and the recipe's folder only; no database is needed.
        return new RecipeStepContext(recipe, new RecipeRunOptions { SkipUnsupported = skip }, number, "media", step,
            new RecipePlan(new ContentDefinitionDocument()), report, stepReport, null!, []);
    }

    private static byte[] ReadAll(RecipeFileEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
