using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Recipes.Export;
using Portal.Media.Services;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;
using Portal.Tests.VisitCounter.Infrastructure;
using Portal.VisitCounter.Services;

namespace Portal.Tests.Core.Recipes;

/// <summary>The modules' export sources: the media library and the visit counter travel with a site export.</summary>
public sealed class ModuleExportSourcesTests
{
    [Theory]
    [InlineData("Sqlite", RecipeExportFileMode.BesideRecipe)]
    [InlineData("Postgres", RecipeExportFileMode.BesideRecipe)]
    [InlineData("Sqlite", RecipeExportFileMode.Base64)]
    public async Task ExportThenImport_SiteWithMediaAndVisits_SameFilesAltTextsAndTheTotalCarriedOver(string provider, RecipeExportFileMode files)
    {
        using var sourceDatabase = TestDatabase.Create(provider);
        await using var source = VisitTestSite.Start(sourceDatabase);
        await source.FlushAsync();
        for (var visitor = 1; visitor <= 7; visitor++)
        {
            await source.VisitAsync("/gioi-thieu", Browsers.ChromeWindows, $"192.0.2.{visitor}");
        }

        var sourceTotal = (await source.FlushAsync()).Total;
        await UploadAsync(source.Services, "", "Logo Liên hiệp hội.png", MediaUploadTests.Png(), "Biểu trưng Liên hiệp hội");
        await UploadAsync(source.Services, "hoi-nghi-2026", "toan canh.jpg", MediaUploadTests.Jpeg(320, 200));
        var file = Path.Combine(sourceDatabase.AppDataPath, "export", "site.recipe.json");
        var export = await ExportAsync(source.Services, new RecipeExportOptions { Files = files });
        await RecipeExportWriter.WriteFileAsync(export, file);

        using var targetDatabase = TestDatabase.Create(provider);
        await using var target = new PortalSite(targetDatabase);
        target.CreateClient();
        var report = await RecipeExportTests.ImportFileAsync(target, file);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        var steps = StepNames(export);
        Assert.True(steps.IndexOf("media") < steps.IndexOf("content"), string.Join(", ", steps));
        Assert.Equal("VisitCounter", steps[^1]);
        Assert.Equal(["hoi-nghi-2026/toan-canh.jpg", "logo-lien-hiep-hoi.png"], MediaFiles(targetDatabase).Keys);
        Assert.Equal(MediaFiles(sourceDatabase), MediaFiles(targetDatabase));
        var served = await target.CreateClient().GetByteArrayAsync("/media/logo-lien-hiep-hoi.png");
        Assert.Equal(MediaUploadTests.Png(), served);
        Assert.Equal(new Dictionary<string, string> { ["logo-lien-hiep-hoi.png"] = "Biểu trưng Liên hiệp hội" }, await AltTextsAsync(target.Services));
        var targetTotal = (await target.Services.GetRequiredService<VisitStore>().ReadCountsAsync(DateTimeOffset.UtcNow)).Total;
        Assert.Equal(58716 + 7, sourceTotal);
        Assert.True(targetTotal >= sourceTotal, $"{targetTotal} < {sourceTotal}");
    }

    [Fact]
    public async Task Export_SomeTypesOrNoContent_LeavesOutTheCounterAndTheFiles()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        site.CreateClient();
        await UploadAsync(site.Services, "", "logo.png", MediaUploadTests.Png());

        var whole = await ExportAsync(site.Services, new RecipeExportOptions());
        var someTypes = await ExportAsync(site.Services, new RecipeExportOptions { ContentTypes = ["Article"] });
        var structure = await ExportAsync(site.Services, new RecipeExportOptions { IncludeContent = false });

        var counter = Step(whole, "VisitCounter");
        Assert.Equal(58716, (long)counter["StartingTotal"]!);
        Assert.Equal(5, (int)counter["OnlineWindowMinutes"]!);
        Assert.Equal("logo.png", Step(whole, "media")["Files"]![0]!["TargetPath"]!.ToString());
        // A few types merged into a live site must not reset its counter; a structure has no files.
        Assert.DoesNotContain("VisitCounter", StepNames(someTypes));
        Assert.Contains("media", StepNames(someTypes));
        Assert.DoesNotContain("media", StepNames(structure));
        Assert.Contains("VisitCounter", StepNames(structure));
    }

    internal static async Task UploadAsync(IServiceProvider services, string folder, string name, byte[] content, string? altText = null)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MediaLibrary>().UploadAsync(folder, name, new MemoryStream(content), content.Length, altText);
    }

    internal static async Task<IReadOnlyDictionary<string, string>> AltTextsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediaAltTexts>().GetAllAsync();
    }

    private static async Task<RecipeExport> ExportAsync(IServiceProvider services, RecipeExportOptions options)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportAsync(options);
    }

    /// <summary>Every file of the site's media folder, by library path, with a hash of its bytes.</summary>
    internal static SortedDictionary<string, string> MediaFiles(TestDatabase database)
    {
        var root = Path.Combine(database.AppDataPath, "media");
        return new SortedDictionary<string, string>(
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
                f => Path.GetRelativePath(root, f).Replace('\\', '/'),
                f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
    }

    private static List<string> StepNames(RecipeExport export) =>
        export.Recipe["steps"]!.AsArray().Select(s => s!["name"]!.ToString()).ToList();

    private static JsonObject Step(RecipeExport export, string name) =>
        export.Recipe["steps"]!.AsArray().Single(s => s!["name"]!.ToString() == name)!.AsObject();
}
