using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Tests.Core.Recipes;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;

namespace Portal.Tests.Admin;

/// <summary>"Xuất recipe": the download is a recipe (one JSON with media as Base64, or a zip with the files beside it).</summary>
public sealed class RecipeExportPageTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Export_MediaAsBase64_DownloadsOneRecipeWithEveryStep(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var admin = await AdminSession.SignInAsync(site);
        await ModuleExportSourcesTests.UploadAsync(site.Services, "", "logo.png", MediaUploadTests.Png());
        var page = await admin.GetPageAsync(RecipePages.ExportUrl);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("[data-testid=export-files-base64]")!).IsChecked);

        var response = await admin.SubmitAsync(page, "[data-testid=export-form]", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^export-\d{8}-\d{4}\.recipe\.json$", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var recipe = RecipeReader.Read(await response.Content.ReadAsByteArrayAsync(), null, "tai-ve.recipe.json");
        Assert.Equal(["feature", "themes", "settings", "Roles", "ContentDefinition", "media", "content", "VisitCounter"], StepNames(recipe));
        var file = Step(recipe, "media")["Files"]!.AsArray().Single()!;
        Assert.Equal("logo.png", file["TargetPath"]!.ToString());
        Assert.Equal(MediaUploadTests.Png(), Convert.FromBase64String(file["Base64"]!.ToString()));
        Assert.Contains(Step(recipe, "content")["data"]!.AsArray(), i => i!["DisplayText"]!.ToString() == "Giới thiệu");
        Assert.Equal(58716, (long)Step(recipe, "VisitCounter")["StartingTotal"]!);
    }

    [Fact]
    public async Task Export_FilesBeside_DownloadsAZipThatImportsIntoAFreshSite()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var admin = await AdminSession.SignInAsync(site);
        await ModuleExportSourcesTests.UploadAsync(site.Services, "hoi-nghi", "bia.jpg", MediaUploadTests.Jpeg(200, 120));
        var page = await admin.GetPageAsync(RecipePages.ExportUrl);

        var response = await admin.SubmitAsync(page, "[data-testid=export-form]", new() { ["Files"] = "BesideRecipe" });

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        var name = response.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        Assert.EndsWith(".zip", name);
        var folder = Path.Combine(database.AppDataPath, "tai-ve");
        using (var zip = new ZipArchive(await response.Content.ReadAsStreamAsync()))
        {
            Assert.Equal([Path.ChangeExtension(name, ".recipe.json"), "files/hoi-nghi/bia.jpg"], zip.Entries.Select(e => e.FullName));
            zip.ExtractToDirectory(folder);
        }

        var recipeFile = Path.Combine(folder, Path.ChangeExtension(name, ".recipe.json"));
        var recipe = RecipeReader.ReadFile(recipeFile);
        Assert.Equal("files/hoi-nghi/bia.jpg", Step(recipe, "media")["Files"]![0]!["SourcePath"]!.ToString());
        using var freshDatabase = TestDatabase.Create("Sqlite");
        await using var fresh = new PortalSite(freshDatabase);
        fresh.CreateClient();
        var report = await RecipeExportTests.ImportFileAsync(fresh, recipeFile);
        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal(ModuleExportSourcesTests.MediaFiles(database), ModuleExportSourcesTests.MediaFiles(freshDatabase));
    }

    [Fact]
    public async Task Export_SomeTypesWithoutContent_HasTheirDefinitionsOnly_AndAnUnknownTypeIsRefused()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var admin = await AdminSession.SignInAsync(site);
        var page = await admin.GetPageAsync(RecipePages.ExportUrl);
        Assert.Contains("Article", page.QuerySelectorAll("[data-testid=export-type]").Select(t => t.GetAttribute("data-type")));

        var response = await admin.SubmitAsync(page, "[data-testid=export-form]", new() { ["SelectedTypes"] = "Article", ["NoContent"] = "true" });
        var unknown = await admin.SubmitAsync(page, "[data-testid=export-form]", new() { ["SelectedTypes"] = "KhongCo" });

        var recipe = RecipeReader.Read(await response.Content.ReadAsByteArrayAsync(), null, "x.json");
        Assert.Equal(["feature", "themes", "settings", "Roles", "ContentDefinition"], StepNames(recipe));
        Assert.Equal(["Article"], Step(recipe, "ContentDefinition")["ContentTypes"]!.AsArray().Select(t => t!["Name"]!.ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Không có loại nội dung 'KhongCo'", AdminSite.Text(await RecipePages.ParseAsync(unknown), "export-error"));
    }

    private static List<string> StepNames(RecipeDocument recipe) => recipe.Steps.Select(s => s!["name"]!.ToString()).ToList();

    private static JsonObject Step(RecipeDocument recipe, string name) => recipe.Steps.Single(s => s!["name"]!.ToString() == name)!.AsObject();
}
