using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.E2E.Infrastructure;

namespace Portal.E2E.Admin;

/// <summary>
/// The administrator exports the site on "Xuất recipe" and the download is a recipe: the content definitions, the seed
/// article and an image the administrator uploaded, either inside one JSON file (Base64) or beside it in a zip.
/// </summary>
public sealed partial class RecipeExportTests(SetUpSite site) : BrowserTest(site), IClassFixture<SetUpSite>
{
    private const string SeedArticleId = "4baivietthachthanh00000000";

    [Fact]
    public Task Export_MediaInTheRecipe_DownloadsOneRecipeWithDefinitionsSeedArticleAndImage_ThatPlansAsNoChange() => RunAsync(async journey =>
    {
        var image = TestImage.Png(64, 48);
        var admin = await journey.NewPageAsync();
        await AdminDashboard.SignInAsync(admin, AdminDashboard.AdminUserName, PortalServer.AdminPassword);
        var imagePath = await UploadImageAsync(admin, "so-do-to-chuc-xuat-json.png", image);

        var download = await RecipeDashboard.ExportAsync(admin, filesBesideTheRecipe: false);

        Assert.Matches(JsonName(), download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        var recipe = RecipeDashboard.ParseRecipe(text);
        AssertDefinitionsAndSeedArticle(recipe);
        var file = MediaFile(recipe, imagePath);
        Assert.Equal(image, Convert.FromBase64String(file["Base64"]!.GetValue<string>()));
        Assert.Null(file["SourcePath"]);

        // The download is a recipe this site reads: uploaded on "Nhập recipe", its plan creates nothing new.
        await RecipeDashboard.UploadAsync(admin, download.SuggestedFilename, System.Text.Encoding.UTF8.GetBytes(text));
        await Expect(admin.GetByTestId("recipe-plan")).ToHaveAttributeAsync("data-succeeded", "true");
        await Expect(admin.GetByTestId("recipe-errors")).ToHaveCountAsync(0);
        await Expect(admin.GetByTestId("recipe-step").And(admin.Locator("[data-step=ContentDefinition]"))).ToHaveCountAsync(1);
        await Expect(RecipeDashboard.ItemCells(admin, "Article").Nth(1)).ToHaveTextAsync("0");
        await Expect(admin.GetByTestId("recipe-items-total").Locator("th").Nth(1)).ToHaveTextAsync("0");
        await Expect(admin.GetByTestId("recipe-confirm")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Export_FilesBesideTheRecipe_DownloadsAZipWithTheRecipeAndTheImageItNames() => RunAsync(async journey =>
    {
        var image = TestImage.Png(80, 40);
        var admin = await journey.NewPageAsync();
        await AdminDashboard.SignInAsync(admin, AdminDashboard.AdminUserName, PortalServer.AdminPassword);
        var imagePath = await UploadImageAsync(admin, "so-do-to-chuc-xuat-zip.png", image);

        var download = await RecipeDashboard.ExportAsync(admin, filesBesideTheRecipe: true);

        Assert.Matches(ZipName(), download.SuggestedFilename);
        using var zip = ZipFile.OpenRead((await download.PathAsync())!);
        var recipeEntry = Assert.Single(zip.Entries, e => e.FullName.EndsWith(".recipe.json", StringComparison.Ordinal));
        Assert.Equal(Path.GetFileNameWithoutExtension(download.SuggestedFilename) + ".recipe.json", recipeEntry.FullName);
        JsonObject recipe;
        using (var reader = new StreamReader(recipeEntry.Open()))
        {
            recipe = RecipeDashboard.ParseRecipe(await reader.ReadToEndAsync());
        }

        AssertDefinitionsAndSeedArticle(recipe);
        var file = MediaFile(recipe, imagePath);
        Assert.Null(file["Base64"]);
        var sourcePath = file["SourcePath"]!.GetValue<string>();
        var imageEntry = zip.GetEntry(sourcePath);
        Assert.NotNull(imageEntry);
        using var bytes = new MemoryStream();
        using (var stream = imageEntry.Open())
        {
            await stream.CopyToAsync(bytes);
        }

        Assert.Equal(image, bytes.ToArray());
    });

    /// <summary>The administrator uploads an image in "Thư viện media"; answers its path in the library.</summary>
    private static async Task<string> UploadImageAsync(IPage admin, string fileName, byte[] png)
    {
        await admin.GetByTestId("nav-media").ClickAsync();
        await admin.GetByTestId("media-file-input").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "image/png", Buffer = png });
        await AdminDashboard.SubmitAsync(admin.GetByTestId("media-upload-submit"));
        await Expect(admin.GetByTestId("media-message")).ToHaveTextAsync($"Đã tải lên {fileName}.");
        // Redirected after the post: a refresh shows the library again rather than uploading a copy.
        Assert.EndsWith("/admin/media", admin.Url, StringComparison.Ordinal);
        var file = admin.GetByTestId("media-file").Filter(new() { HasText = fileName });
        await Expect(file).ToHaveCountAsync(1);
        return (await file.GetAttributeAsync("data-path"))!;
    }

    /// <summary>A whole-site recipe: the types (Article among them) and the seed article, published, with its address.</summary>
    private static void AssertDefinitionsAndSeedArticle(JsonObject recipe)
    {
        var steps = RecipeDashboard.StepNames(recipe);
        Assert.Contains("ContentDefinition", steps);
        Assert.Contains("content", steps);
        Assert.True(steps.IndexOf("ContentDefinition") < steps.IndexOf("content"), "the types must be defined before the content that uses them: " + string.Join(", ", steps));
        var types = RecipeDashboard.Step(recipe, "ContentDefinition")["ContentTypes"]!.AsArray().Select(t => t!["Name"]!.GetValue<string>()).ToList();
        Assert.Contains("Article", types);
        Assert.Contains("Event", types);

        var seed = RecipeDashboard.Step(recipe, "content")["data"]!.AsArray()
            .Single(item => item!["ContentItemId"]!.GetValue<string>() == SeedArticleId)!;
        Assert.Equal("Article", seed["ContentType"]!.GetValue<string>());
        Assert.Equal(SeedPage.Instance.Title, seed["DisplayText"]!.GetValue<string>());
        Assert.Equal(SeedPage.Instance.Title, seed["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.Equal(PublicPaths.SeedArticle.TrimStart('/'), seed["AutoroutePart"]!["Path"]!.GetValue<string>());
        Assert.True(seed["Published"]!.GetValue<bool>());
        Assert.Contains(SeedPage.Instance.Paragraphs[0], seed["HtmlBodyPart"]!["Html"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>The media step's entry for the uploaded image.</summary>
    private static JsonObject MediaFile(JsonObject recipe, string path) =>
        RecipeDashboard.Step(recipe, "media")["Files"]!.AsArray().Single(f => f!["TargetPath"]!.GetValue<string>() == path)!.AsObject();

    [GeneratedRegex(@"^export-\d{8}-\d{4}\.recipe\.json$")]
    private static partial Regex JsonName();

    [GeneratedRegex(@"^export-\d{8}-\d{4}\.zip$")]
    private static partial Regex ZipName();
}
