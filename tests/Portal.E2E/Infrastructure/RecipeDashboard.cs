using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.E2E.Infrastructure;

/// <summary>
/// The dashboard's "Nhập recipe" and "Xuất recipe" pages and the content list's total, as an administrator (already
/// signed in on the page) uses them: through the side menu, the list's buttons and the file input.
/// </summary>
public static partial class RecipeDashboard
{
    private static readonly JsonDocumentOptions RecipeJson = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Opens "Nhập recipe" from the side menu: the list of shipped recipes and the upload.</summary>
    public static async Task OpenImportAsync(IPage admin)
    {
        await admin.GotoAsync("/admin");
        await admin.GetByTestId("nav-recipes-import").ClickAsync();
        await Expect(admin).ToHaveURLAsync(ImportUrl());
        await Expect(admin.GetByTestId("recipe-choose-form")).ToBeVisibleAsync();
    }

    /// <summary>Chooses a file in "Tải lên tệp recipe" and presses "Tải lên và chạy thử"; answers the server's response.</summary>
    public static async Task<IResponse> UploadAsync(IPage admin, string fileName, byte[] content)
    {
        await OpenImportAsync(admin);
        await admin.GetByTestId("recipe-upload-input").SetInputFilesAsync(new FilePayload
        {
            Name = fileName, MimeType = "application/json", Buffer = content,
        });
        return await AdminDashboard.SubmitAsync(admin.GetByTestId("recipe-upload-submit"));
    }

    /// <summary>The cells of a plan's or result's row of the "Nội dung" table: type, new, updated, unchanged.</summary>
    public static ILocator ItemCells(IPage admin, string type) =>
        admin.GetByTestId("recipe-items-row").And(admin.Locator($"[data-type='{type}']")).Locator("td");

    /// <summary>The cells of a plan's or result's row of "Các bước": number, step, status, details.</summary>
    public static ILocator StepCells(IPage admin, int number) =>
        admin.GetByTestId("recipe-step").Nth(number - 1).Locator("td");

    /// <summary>"N nội dung" above the content list (every item, every type), opened from the side menu.</summary>
    public static async Task<string> ContentTotalAsync(IPage admin)
    {
        await admin.GotoAsync("/admin");
        await admin.GetByTestId("nav-content").ClickAsync();
        var total = admin.GetByTestId("content-total");
        await Expect(total).ToHaveTextAsync(ContentTotal());
        return (await total.TextContentAsync())!.Trim();
    }

    /// <summary>
    /// Opens "Xuất recipe" from the side menu, chooses how media files travel (in the recipe as Base64, or beside it in a
    /// zip), presses "Xuất và tải về" and answers the download once the browser has it.
    /// </summary>
    public static async Task<IDownload> ExportAsync(IPage admin, bool filesBesideTheRecipe)
    {
        await admin.GotoAsync("/admin");
        await admin.GetByTestId("nav-recipes-export").ClickAsync();
        await Expect(admin.GetByTestId("export-form")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("export-files-base64")).ToBeCheckedAsync();
        if (filesBesideTheRecipe)
        {
            await admin.GetByTestId("export-files-zip").CheckAsync();
        }

        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByTestId("export-submit").ClickAsync());
        Assert.Null(await download.FailureAsync());
        return download;
    }

    /// <summary>A recipe's JSON (comments and trailing commas allowed, as the site reads it).</summary>
    public static JsonObject ParseRecipe(string json) =>
        JsonNode.Parse(json, documentOptions: RecipeJson)?.AsObject() ?? throw new InvalidDataException("The recipe is JSON null.");

    /// <summary>The names of a recipe's steps, in order.</summary>
    public static List<string> StepNames(JsonObject recipe) =>
        [.. recipe["steps"]!.AsArray().Select(step => step!["name"]!.GetValue<string>())];

    /// <summary>The only step of that name.</summary>
    public static JsonObject Step(JsonObject recipe, string name) =>
        recipe["steps"]!.AsArray().Single(step => step!["name"]!.GetValue<string>() == name)!.AsObject();

    [GeneratedRegex(@"/admin/recipes/import$")]
    private static partial Regex ImportUrl();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})* nội dung$")]
    private static partial Regex ContentTotal();
}
