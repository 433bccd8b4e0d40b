using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>The recipe import page driven as a browser would: choose, upload, re-plan, confirm.</summary>
public static class RecipePages
{
    public const string ImportUrl = "/admin/recipes/import";
    public const string ExportUrl = "/admin/recipes/export";

    /// <summary>Presses "Chạy thử" beside a recipe of the list.</summary>
    public static async Task<HttpResponseMessage> PlanShippedAsync(AdminSession session, string fileName, bool skip = false)
    {
        var page = await session.GetPageAsync(ImportUrl);
        Assert.NotNull(page.QuerySelector($"[data-testid=recipe-item][data-file='{fileName}'] [data-testid=recipe-item-plan]"));
        return await session.SubmitAsync(page, "[data-testid=recipe-choose-form]", new() { ["recipe"] = fileName, ["skip"] = skip ? "true" : null });
    }

    /// <summary>Chooses a file in the upload input and presses "Tải lên và chạy thử" (a multipart post, as the browser sends it).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(AdminSession session, byte[] content, string fileName = "tai-len.recipe.json", bool skip = false)
    {
        var page = await session.GetPageAsync(ImportUrl);
        var form = (IHtmlFormElement)page.QuerySelector("[data-testid=recipe-choose-form]")!;
        Assert.NotNull(form.QuerySelector("[data-testid=recipe-upload-input]"));
        Assert.Equal($"{ImportUrl}?handler=Plan", form.GetAttribute("action"));
        return await PostUploadAsync(session, page, content, fileName, skip);
    }

    /// <summary>The upload's post with the antiforgery token of any page of the session (a forged request when the page is not the import page).</summary>
    public static async Task<HttpResponseMessage> PostUploadAsync(AdminSession session, IHtmlDocument tokenPage, byte[] content, string fileName, bool skip = false)
    {
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(tokenPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        if (skip)
        {
            body.Add(new StringContent("true"), "skip");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        body.Add(file, "upload", fileName);
        return await session.Client.PostAsync($"{ImportUrl}?handler=Plan", body);
    }

    /// <summary>Ticks or unticks "bỏ qua các bước không hỗ trợ" under a plan and presses "Chạy thử lại".</summary>
    public static Task<HttpResponseMessage> ReplanAsync(AdminSession session, IHtmlDocument plan, bool skip) =>
        session.SubmitAsync(plan, "[data-testid=recipe-replan-form]", new() { ["skip"] = skip ? "true" : null });

    /// <summary>Presses "Xác nhận nhập" under a plan.</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(AdminSession session, IHtmlDocument plan, Dictionary<string, string?>? forged = null) =>
        session.SubmitAsync(plan, "[data-testid=recipe-confirm-form]", forged ?? []);

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) => AdminSession.Parse(await response.Content.ReadAsStringAsync());

    /// <summary>The plan's or result's step rows: name → status.</summary>
    public static Dictionary<string, string> Steps(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=recipe-step]").ToDictionary(r => r.GetAttribute("data-step")!, r => r.GetAttribute("data-status")!);

    /// <summary>The counts of one type in the items table: (created, updated, unchanged).</summary>
    public static (string Created, string Updated, string Unchanged) Items(IHtmlDocument page, string type)
    {
        var row = page.QuerySelector($"[data-testid=recipe-items-row][data-type={type}]") ?? throw new InvalidOperationException($"No row for {type}.");
        return (Count(row, "created"), Count(row, "updated"), Count(row, "unchanged"));

        static string Count(AngleSharp.Dom.IElement row, string kind) => row.QuerySelector($"[data-count={kind}]")!.TextContent.Trim();
    }

    /// <summary>The uploads kept on the server between plan and confirmation.</summary>
    public static string[] KeptUploads(TestDatabase database)
    {
        var folder = Path.Combine(database.AppDataPath, "recipes-uploads");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }
}
