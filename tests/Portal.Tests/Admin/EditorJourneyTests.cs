using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Routing;
using Portal.Tests.Infrastructure;
using Portal.Tests.Media;

namespace Portal.Tests.Admin;

/// <summary>The "done when": an editor's whole day with an article, through the dashboard's own forms.</summary>
public sealed class EditorJourneyTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Editor_WritesPublishesEditsAndUnpublishesAnArticle(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        await AdminSession.CreateUserAsync(site, "bientap", "Editor");
        var editor = await AdminSession.SignInAsync(site, "bientap", AdminSession.Password);
        var reader = site.CreateClient();
        var routes = site.Services.GetRequiredService<RouteTable>();

        // The image is uploaded from the editor's media field, as its script does (JSON, token in a header).
        var form = await editor.GetPageAsync("/admin/content/edit?type=Article");
        var image = await UploadFromEditorAsync(editor, form, "Hội nghị.jpg");
        Assert.Equal("hoi-nghi.jpg", image);

        const string body = "<p>Sáng ngày 27/11, Liên hiệp hội đã tổ chức <strong>hội nghị tổng kết</strong> " +
                            "với sự tham gia của <a href=\"https://vusta.vn\">Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam</a>.</p>";
        var values = AdminSite.Article("Hội nghị tổng kết năm 2026 của Liên hiệp hội", body);
        values["Article.Image.Paths"] = image;
        values["Article.Image.MediaTexts"] = "Quang cảnh hội nghị";
        values["Article.Organizations.ContentItemIds"] = AdminTestRecipe.OrganizationId;
        var id = AdminSite.IdFrom(await editor.SubmitAsync(form, "[data-testid=content-form]", new(values) { ["action"] = "draft" }));
        const string path = "/tin-tuc/hoi-nghi-tong-ket-nam-2026-cua-lien-hiep-hoi";

        // A draft is not public.
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        Assert.False(routes.TryResolve(path, out _));

        // Published: its page, with bold and link, and the route table, at once.
        var published = await editor.FollowAsync(await AdminSite.EditAsync(editor, id, [], "publish"));
        Assert.Equal("Đã xuất bản.", AdminSite.Text(published, "save-message"));
        var html = await reader.GetStringAsync(path);
        Assert.Contains("<strong>hội nghị tổng kết</strong>", html);
        Assert.Contains("href=\"https://vusta.vn\"", html);
        Assert.True(routes.TryResolve(path, out var target));
        Assert.Equal(id, target.ContentItemId);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/media/" + image)).StatusCode);
        var editorPage = await editor.GetPageAsync($"/admin/content/edit?id={id}");
        Assert.Equal(image, editorPage.QuerySelector("[data-testid=input-Article-Image] input[name='Article.Image.Paths']")!.GetAttribute("value"));
        Assert.Equal("Quang cảnh hội nghị", editorPage.QuerySelector("[data-testid=media-alt]")!.GetAttribute("value"));

        // Edited: the public page changes only when republished.
        await AdminSite.EditAsync(editor, id, new() { ["HtmlBodyPart.Html"] = "<p>Nội dung đã sửa.</p>" }, "draft");
        Assert.Contains("hội nghị tổng kết", await reader.GetStringAsync(path));
        Assert.DoesNotContain("Nội dung đã sửa.", await reader.GetStringAsync(path));
        await AdminSite.EditAsync(editor, id, [], "publish");
        Assert.Contains("Nội dung đã sửa.", await reader.GetStringAsync(path));

        // Unpublished: 404 and gone from the route table; the draft stays for the editors.
        var unpublished = await editor.FollowAsync(await AdminSite.EditAsync(editor, id, [], "unpublish"));
        Assert.Equal("Đã hủy xuất bản: nội dung không còn trên website.", AdminSite.Text(unpublished, "save-message"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(path)).StatusCode);
        Assert.False(routes.TryResolve(path, out _));
        Assert.Equal("<p>Nội dung đã sửa.</p>", unpublished.QuerySelector("[data-testid=input-HtmlBodyPart-Html]")!.TextContent);
    }

    [Fact]
    public async Task Preview_ShowsUnsavedTextWithTheThemeSanitized_AndSavesNothing()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var response = await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bản xem trước", "<p>Thử <em>nghiêng</em></p><script>alert(1)</script>"), "preview");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bản xem trước", html);
        Assert.Contains("<em>nghiêng</em>", html);
        Assert.DoesNotContain("<script>alert", html);
        await using var db = site.OpenDb();
        Assert.Empty(db.ContentItems.Where(r => r.ContentType == "Article"));
    }

    private static async Task<string> UploadFromEditorAsync(AdminSession session, AngleSharp.Html.Dom.IHtmlDocument page, string name)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(MediaUploadTests.Jpeg()), "files", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media?handler=Upload&folder=") { Content = content };
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await session.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("files")[0].GetProperty("path").GetString()!;
    }
}
