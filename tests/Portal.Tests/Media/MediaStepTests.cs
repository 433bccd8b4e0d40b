using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Tests.Admin;
using Portal.Tests.Core.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Media;

public sealed class MediaStepTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task MediaStep_SourcePathAndBase64_WritesFilesAfterCommit(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var folder = Path.Combine(database.AppDataPath, "import");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "logo.png"), MediaUploadTests.Png());
        var recipe = Recipe(folder, $$"""
            { "name": "media", "Files": [
              { "TargetPath": "logo/logo.png", "SourcePath": "logo.png" },
              { "TargetPath": "anh/bia.jpg", "Base64": "{{Convert.ToBase64String(MediaUploadTests.Jpeg(100, 80))}}" } ] }
            """);

        var report = await RunAsync(site, recipe, new RecipeRunOptions());

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal(MediaUploadTests.Png(), await File.ReadAllBytesAsync(Path.Combine(database.AppDataPath, "media", "logo", "logo.png")));
        Assert.True(File.Exists(Path.Combine(database.AppDataPath, "media", "anh", "bia.jpg")));
        Assert.Equal("image/png", (await site.CreateClient().GetAsync("/media/logo/logo.png")).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task MediaStep_MissingSourceFile_IsAnErrorNamingStepAndFile_OrAWarningWhenSkipping()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var folder = Path.Combine(database.AppDataPath, "import");
        var recipe = Recipe(folder, """{ "name": "media", "Files": [ { "TargetPath": "a.jpg", "SourcePath": "../khong-co.jpg" } ] }""");

        var strict = await RunAsync(site, recipe, new RecipeRunOptions());
        var lenient = await RunAsync(site, recipe, new RecipeRunOptions { SkipUnsupported = true });

        var error = Assert.Single(strict.Errors);
        Assert.Equal(1, error.StepNumber);
        Assert.Equal("media", error.StepName);
        Assert.Contains("khong-co.jpg", error.Message);
        Assert.True(lenient.Succeeded);
        Assert.Contains(lenient.Warnings, w => w.Contains("Bước 1 (media)") && w.Contains("khong-co.jpg"));
        Assert.False(File.Exists(Path.Combine(database.AppDataPath, "media", "a.jpg")));
    }

    [Fact]
    public async Task MediaStep_SourceUrl_IsRefusedOffline()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var recipe = Recipe(Path.Combine(database.AppDataPath, "import"), """{ "name": "media", "Files": [ { "TargetPath": "a.jpg", "SourceUrl": "https://example.com/a.jpg" } ] }""");

        var report = await RunAsync(site, recipe, new RecipeRunOptions());

        var error = Assert.Single(report.Errors);
        Assert.Equal((1, "media", "steps[0].Files[0].SourceUrl"), (error.StepNumber, error.StepName, error.Path));
        Assert.Contains("https://example.com/a.jpg", error.Message);
        Assert.Contains("máy chủ không truy cập Internet", error.Message);
    }

    [Fact]
    public async Task MediaStep_ForgedFileOrLaterFailure_WritesNothing()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var folder = Path.Combine(database.AppDataPath, "import");
        var forged = Recipe(folder, """{ "name": "media", "Files": [ { "TargetPath": "virus.jpg", "Base64": "TVqQAAMAAAAEAAAA" } ] }""");
        var png = Convert.ToBase64String(MediaUploadTests.Png());
        var failing = Recipe(folder, $$"""
            { "name": "media", "Files": [ { "TargetPath": "tot.png", "Base64": "{{png}}" } ] },
            { "name": "content", "data": [ { "ContentType": "Article", "TitlePart": { "Title": "" }, "AutoroutePart": { "Path": "admin/khong-duoc" } } ] }
            """, "failing.recipe.json");

        var forgedReport = await RunAsync(site, forged, new RecipeRunOptions());
        var dryRun = await RunAsync(site, Recipe(folder, $$"""{ "name": "media", "Files": [ { "TargetPath": "thu.png", "Base64": "{{png}}" } ] }""", "dry.recipe.json"), new RecipeRunOptions { DryRun = true });
        var failingReport = await RunAsync(site, failing, new RecipeRunOptions());

        Assert.Contains("không phải là ảnh jpeg", Assert.Single(forgedReport.Errors).Message);
        Assert.True(dryRun.Succeeded);
        Assert.False(failingReport.Succeeded);
        var media = Path.Combine(database.AppDataPath, "media");
        Assert.False(Directory.Exists(media) && Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task MediaStep_AltTexts_AreSetReplacedOrKept_AndABadOneIsAnErrorWithItsPlace()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var folder = Path.Combine(database.AppDataPath, "import");
        var png = Convert.ToBase64String(MediaUploadTests.Png());
        var first = Recipe(folder, $$"""
            { "name": "media", "Files": [
              { "TargetPath": "logo.png", "Base64": "{{png}}", "AltText": "Biểu trưng cũ" },
              { "TargetPath": "anh/hoi-nghi.png", "Base64": "{{png}}", "AltText": "Toàn cảnh hội nghị" } ] }
            """, "first.recipe.json");
        var second = Recipe(folder, $$"""
            { "name": "media", "Files": [
              { "TargetPath": "logo.png", "Base64": "{{png}}", "AltText": "Biểu trưng Liên hiệp hội" },
              { "TargetPath": "anh/hoi-nghi.png", "Base64": "{{png}}" } ] }
            """, "second.recipe.json");
        var bad = Recipe(folder, $$"""{ "name": "media", "Files": [ { "TargetPath": "logo.png", "Base64": "{{png}}", "AltText": 42 } ] }""", "bad.recipe.json");

        Assert.True((await RunAsync(site, first, new RecipeRunOptions())).Succeeded);
        Assert.True((await RunAsync(site, second, new RecipeRunOptions())).Succeeded);
        var badReport = await RunAsync(site, bad, new RecipeRunOptions());

        var error = Assert.Single(badReport.Errors);
        Assert.Equal("steps[0].Files[0].AltText", error.Path);
        Assert.Contains("phải là một đoạn chữ", error.Message);
        Assert.Equal(new Dictionary<string, string> { ["anh/hoi-nghi.png"] = "Toàn cảnh hội nghị", ["logo.png"] = "Biểu trưng Liên hiệp hội" },
            await ModuleExportSourcesTests.AltTextsAsync(site.Services));
    }

    private static string Recipe(string folder, string steps, string name = "media.recipe.json") =>
        TestPaths.WriteRecipe(folder, $$"""{ "name": "thu-media", "steps": [ {{steps}} ] }""", name);

    private static Task<RecipeReport> RunAsync(PortalSite site, string path, RecipeRunOptions options) =>
        site.InScopeAsync(services => services.GetRequiredService<RecipeExecutor>().RunAsync(RecipeReader.ReadFile(path), options));
}
