using AngleSharp.Html.Dom;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

/// <summary>A site set up by the admin test recipe, with helpers to write content through the dashboard's forms.</summary>
public static class AdminSite
{
    public static PortalSite Create(TestDatabase database, IDictionary<string, string?>? settings = null) =>
        new(database, AdminTestRecipe.Write(Path.Combine(database.AppDataPath, "recipe")), settings);

    /// <summary>Opens the editor of a new item of the type and submits it with the values and the button.</summary>
    public static async Task<HttpResponseMessage> CreateAsync(AdminSession session, string type, Dictionary<string, string?> values, string action = "draft")
    {
        var page = await session.GetPageAsync($"/admin/content/edit?type={type}");
        values["action"] = action;
        return await session.SubmitAsync(page, "[data-testid=content-form]", values);
    }

    /// <summary>Opens an item's editor and submits it with changed values and the button.</summary>
    public static async Task<HttpResponseMessage> EditAsync(AdminSession session, string id, Dictionary<string, string?> values, string action = "draft")
    {
        var page = await session.GetPageAsync($"/admin/content/edit?id={id}");
        values["action"] = action;
        return await session.SubmitAsync(page, "[data-testid=content-form]", values);
    }

    /// <summary>The item id in the editor address a save redirects to.</summary>
    public static string IdFrom(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Expected a redirect after saving, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + response.Headers.Location!.OriginalString).Query);
        return query["id"]!;
    }

    public static Dictionary<string, string?> Article(string title, string html = "<p>Nội dung.</p>") => new()
    {
        ["TitlePart.Title"] = title,
        ["HtmlBodyPart.Html"] = html,
        ["Article.Summary.Text"] = "Tóm tắt của bài viết.",
        ["Article.Byline.Text"] = "Linh Mai",
        ["Article.Category.TermContentItemIds"] = AdminTestRecipe.NewsTermId,
    };

    public static string? Text(IHtmlDocument page, string testId) => page.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim();
}
