using System.Text.RegularExpressions;
using Portal.E2E.Infrastructure;

namespace Portal.E2E.Admin;

/// <summary>
/// An editor (role Editor, created by the administrator on the Users page) writes, publishes, edits and unpublishes an
/// article in the dashboard while a reader watches the public site; two sessions editing one article meanwhile.
/// </summary>
public sealed class EditorTests(SetUpSite site) : BrowserTest(site), IClassFixture<SetUpSite>
{
    private const string EditorPassword = "Bien-tap-vien-Th@nh-Hoa-2026";
    private const string CategoryId = "4cmdiendankhcn000000000000";
    private const string CategoryName = "Diễn đàn khoa học và công nghệ";
    private const string CategoryPath = "/tin-tuc/dien-dan-khoa-hoc-va-cong-nghe";

    [Fact]
    public Task Editor_WritesSavesDraftPublishesEditsRepublishesAndUnpublishes_ReaderSeesEachStep() => RunAsync(async journey =>
    {
        const string title = "Đổi mới sáng tạo: Hội thảo khoa học ở Thạch Thành (bài thử của biên tập viên)";
        const string path = "/tin-tuc/doi-moi-sang-tao-hoi-thao-khoa-hoc-o-thach-thanh-bai-thu-cua-bien-tap-vien";
        const string bold = "hội nghị tổng kết";
        const string afterBold = " năm 2026 tại huyện Thạch Thành.";
        const string firstParagraph = "Sáng 27/11, Liên hiệp hội tổ chức " + bold + afterBold;
        const string linkText = "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam";
        const string secondParagraph = "Xem thêm trên trang của " + linkText + ".";
        const string update = "Cập nhật: hội thảo đã thông qua kiến nghị gửi Ủy ban nhân dân tỉnh.";
        const string byline = "Lê Thu Hạnh";
        const string altText = "Quang cảnh hội thảo ở Thạch Thành";

        var (_, editor) = await SignInNewEditorAsync(journey, "bientap-hanh", byline);
        var reader = await journey.NewPageAsync();

        // Writes the article: title, summary, a body with bold text and a link typed in the WYSIWYG editor, an image, a category.
        await editor.GetByTestId("new-Article").ClickAsync();
        await Expect(editor.GetByTestId("status-tag")).ToHaveTextAsync(["Mới"]);
        await editor.GetByTestId("input-TitlePart-Title").FillAsync(title);
        await editor.GetByTestId("input-Article-Summary").FillAsync("Hội thảo bàn về đổi mới sáng tạo trong nông nghiệp của huyện.");
        var body = WysiwygEditor.Of(editor, "field-HtmlBodyPart-Html");
        await Expect(body.Button("bold")).ToHaveAttributeAsync("title", "Chữ đậm (Ctrl+B)");
        await Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Kiểu đoạn: đoạn văn hoặc tiêu đề" })).ToBeVisibleAsync();
        await body.ClickAtEndAsync();
        await body.TypeAsync(firstParagraph);
        await body.FormatAsync("bold", bold, afterBold);
        await editor.Keyboard.PressAsync("Enter");
        await body.TypeAsync(secondParagraph);
        await body.LinkAsync("https://vusta.vn", linkText, ".");
        await Expect(body.Text.Locator("strong")).ToHaveTextAsync(bold);
        await Expect(body.Text.Locator("a")).ToHaveAttributeAsync("href", "https://vusta.vn");

        var image = editor.GetByTestId("input-Article-Image");
        await editor.GetByTestId("media-upload-Article-Image").SetInputFilesAsync(new FilePayload
        {
            Name = "hội-thảo-thạch-thành.png", MimeType = "image/png", Buffer = TestImage.Png(240, 160),
        });
        await image.GetByTestId("media-alt").FillAsync(altText);
        await editor.GetByTestId("input-Article-Byline").FillAsync(byline);
        await editor.GetByTestId($"term-{CategoryId}").CheckAsync();

        // A draft: saved, with its address made from the Vietnamese title, and not public.
        await AdminDashboard.SubmitAsync(editor.GetByTestId("save-draft"));
        await Expect(editor.GetByTestId("save-message")).ToHaveTextAsync("Đã lưu bản nháp.");
        await Expect(editor.GetByTestId("status-tag")).ToHaveTextAsync(["Bản nháp"]);
        await Expect(editor.GetByTestId("input-AutoroutePart-Path")).ToHaveValueAsync(path.TrimStart('/'));
        await Expect(editor.GetByTestId("input-Article-Image").GetByTestId("media-alt")).ToHaveValueAsync(altText);
        await AssertNotFoundAsync(reader, path);

        // Published: the newest article on the home page, in full on its page, listed in its category.
        await AdminDashboard.SubmitAsync(editor.GetByTestId("publish"));
        await Expect(editor.GetByTestId("save-message")).ToHaveTextAsync("Đã xuất bản.");
        await Expect(editor.GetByTestId("status-tag")).ToHaveTextAsync(["Đã xuất bản"]);
        await Expect(editor.GetByTestId("public-link")).ToHaveAttributeAsync("href", path);

        await reader.GotoAsync("/");
        var featured = reader.GetByTestId("featured-article");
        await Expect(featured.GetByRole(AriaRole.Heading)).ToHaveTextAsync(title);
        await featured.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
        await Expect(reader.GetByTestId("article-title")).ToHaveTextAsync(title);
        var article = reader.GetByTestId("article-body");
        await Expect(article.Locator("p")).ToHaveTextAsync([firstParagraph, secondParagraph]);
        await Expect(article.Locator("strong")).ToHaveTextAsync(bold);
        await Expect(article.GetByRole(AriaRole.Link, new() { Name = linkText })).ToHaveAttributeAsync("href", "https://vusta.vn");
        await Expect(reader.GetByTestId("article-byline")).ToHaveTextAsync(byline);
        var picture = reader.GetByTestId("article-image");
        await Expect(picture).ToHaveAttributeAsync("alt", altText);
        await Expect(picture).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await picture.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the article's image did not load");

        await reader.GetByTestId("article").GetByTestId("category-link").ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex(Regex.Escape(CategoryPath) + "$"));
        await Expect(reader.GetByTestId("list-title")).ToHaveTextAsync(CategoryName);
        await Expect(reader.GetByTestId("article-list").GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();

        // Edited: a saved draft leaves the public page as it was; republished, the page changes.
        await body.ClickAtEndAsync();
        await editor.Keyboard.PressAsync("Enter");
        await body.TypeAsync(update);
        await AdminDashboard.SubmitAsync(editor.GetByTestId("save-draft"));
        await Expect(editor.GetByTestId("save-message")).ToHaveTextAsync("Đã lưu bản nháp.");
        await Expect(editor.GetByTestId("status-tag")).ToHaveTextAsync(["Đã xuất bản", "Có bản nháp chưa xuất bản"]);
        await reader.GotoAsync(path);
        await Expect(reader.GetByTestId("article-body").Locator("p")).ToHaveTextAsync([firstParagraph, secondParagraph]);

        await AdminDashboard.SubmitAsync(editor.GetByTestId("publish"));
        await Expect(editor.GetByTestId("save-message")).ToHaveTextAsync("Đã xuất bản.");
        await reader.ReloadAsync();
        await Expect(reader.GetByTestId("article-body").Locator("p")).ToHaveTextAsync([firstParagraph, secondParagraph, update]);
        await Expect(reader.GetByTestId("article-body").Locator("strong")).ToHaveTextAsync(bold);

        // Unpublished: gone from its address, its category and the home page; the draft stays in the dashboard.
        await AdminDashboard.SubmitAsync(editor.GetByTestId("unpublish"));
        await Expect(editor.GetByTestId("save-message")).ToHaveTextAsync("Đã hủy xuất bản: nội dung không còn trên website.");
        await Expect(editor.GetByTestId("status-tag")).ToHaveTextAsync(["Bản nháp"]);
        await Expect(editor.GetByTestId("input-TitlePart-Title")).ToHaveValueAsync(title);
        await AssertNotFoundAsync(reader, path);
        await reader.GotoAsync(CategoryPath);
        await Expect(reader.GetByTestId("list-title")).ToHaveTextAsync(CategoryName);
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
        await reader.GotoAsync("/");
        await Expect(reader.GetByTestId("featured-article")).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
    });

    [Fact]
    public Task SecondSession_SavesOnTopOfAnotherSessionsChange_GetsTheConflictMessageAndKeepsItsTyping() => RunAsync(async journey =>
    {
        const string firstTitle = "Bản tin Hội Tin học Thanh Hóa tháng 11";
        const string editorsTitle = "Bản tin Hội Tin học Thanh Hóa tháng 11 (biên tập viên sửa)";
        const string adminsTitle = "Bản tin Hội Tin học Thanh Hóa tháng 11 (quản trị viên sửa)";
        const string adminsParagraph = "Đoạn văn quản trị viên gõ trong lúc biên tập viên cũng đang sửa.";

        var (admin, editor) = await SignInNewEditorAsync(journey, "bientap-minh", "Trịnh Văn Minh");
        await editor.GetByTestId("new-Article").ClickAsync();
        await editor.GetByTestId("input-TitlePart-Title").FillAsync(firstTitle);
        await AdminDashboard.SubmitAsync(editor.GetByTestId("save-draft"));
        await Expect(editor.GetByTestId("save-message")).ToHaveTextAsync("Đã lưu bản nháp.");

        // Meanwhile the administrator opens the same article in another browser.
        await admin.GotoAsync($"/admin/content/edit?id={AdminDashboard.ItemId(editor)}");
        await Expect(admin.GetByTestId("input-TitlePart-Title")).ToHaveValueAsync(firstTitle);

        // The editor saves a change first.
        await editor.GetByTestId("input-TitlePart-Title").FillAsync(editorsTitle);
        await AdminDashboard.SubmitAsync(editor.GetByTestId("save-draft"));
        await Expect(editor.GetByTestId("save-message")).ToHaveTextAsync("Đã lưu bản nháp.");

        // The administrator, still on the older version, types and saves: refused, with the typing kept.
        await admin.GetByTestId("input-TitlePart-Title").FillAsync(adminsTitle);
        var adminsBody = WysiwygEditor.Of(admin, "field-HtmlBodyPart-Html");
        await adminsBody.ClickAtEndAsync();
        await adminsBody.TypeAsync(adminsParagraph);
        var refused = await AdminDashboard.SubmitAsync(admin.GetByTestId("save-draft"));
        Assert.Equal(409, refused.Status);
        var conflict = admin.GetByTestId("conflict-message");
        await Expect(conflict).ToContainTextAsync("Nội dung này vừa được người khác lưu trong lúc bạn sửa.");
        await Expect(conflict).ToContainTextAsync("Những gì bạn đã nhập vẫn còn nguyên bên dưới");
        await Expect(admin.GetByTestId("save-message")).ToHaveCountAsync(0);
        await Expect(admin.GetByTestId("input-TitlePart-Title")).ToHaveValueAsync(adminsTitle);
        await Expect(adminsBody.Text).ToHaveTextAsync(adminsParagraph);

        // Nothing of it was saved: the editor's version stands.
        await editor.ReloadAsync();
        await Expect(editor.GetByTestId("input-TitlePart-Title")).ToHaveValueAsync(editorsTitle);

        // The administrator chooses to overwrite with what they typed.
        await AdminDashboard.SubmitAsync(admin.GetByTestId("overwrite"));
        await Expect(admin.GetByTestId("save-message")).ToHaveTextAsync("Đã lưu bản nháp.");
        await Expect(admin.GetByTestId("input-TitlePart-Title")).ToHaveValueAsync(adminsTitle);
        await Expect(adminsBody.Text).ToHaveTextAsync(adminsParagraph);
        await editor.ReloadAsync();
        await Expect(editor.GetByTestId("input-TitlePart-Title")).ToHaveValueAsync(adminsTitle);
    });

    [Fact]
    public Task Editor_PutsALibraryImageInTheBody_ReaderGetsTheDescriptionTheEditorGave() => RunAsync(async journey =>
    {
        const string title = "Ảnh trong bài: trao giải Hội thi Sáng tạo kỹ thuật (bài thử)";
        const string path = "/tin-tuc/anh-trong-bai-trao-giai-hoi-thi-sang-tao-ky-thuat-bai-thu";
        const string description = "Ban tổ chức trao giải nhất cho nhóm tác giả huyện Nga Sơn";
        var (_, editor) = await SignInNewEditorAsync(journey, "bientap-anh", "Trần Văn Ảnh");

        await editor.GetByTestId("new-Article").ClickAsync();
        await editor.GetByTestId("input-TitlePart-Title").FillAsync(title);
        // The picture goes into the library first (the article's own image field uploads to it)...
        await editor.GetByTestId("media-upload-Article-Image").SetInputFilesAsync(new FilePayload
        {
            Name = "trao-giải.png", MimeType = "image/png", Buffer = TestImage.Png(320, 200),
        });
        await Expect(editor.GetByTestId("input-Article-Image").GetByTestId("media-alt")).ToBeVisibleAsync();
        var body = WysiwygEditor.Of(editor, "field-HtmlBodyPart-Html");
        await body.ClickAtEndAsync();
        await body.TypeAsync("Lễ trao giải diễn ra sáng nay.");
        await editor.Keyboard.PressAsync("Enter");

        // ...then into the body from the library: it has no description yet, so the editor is asked for one.
        string? asked = null;
        editor.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync(description);
        };
        await body.Button("image").ClickAsync();
        await editor.GetByTestId("media-dialog").GetByTestId("media-pick").Filter(new() { HasText = "trao-giai" }).ClickAsync();
        await Expect(body.Text.Locator("img")).ToHaveAttributeAsync("alt", description);
        Assert.StartsWith("Mô tả ngắn nội dung ảnh", asked);

        await AdminDashboard.SubmitAsync(editor.GetByTestId("publish"));
        await Expect(editor.GetByTestId("save-message")).ToHaveTextAsync("Đã xuất bản.");
        var reader = await journey.NewPageAsync();
        await reader.GotoAsync(path);
        var picture = reader.GetByTestId("article-body").Locator("img");
        await Expect(picture).ToHaveAttributeAsync("alt", description);
        await Expect(picture).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await picture.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the body's image did not load");
    });

    /// <summary>
    /// The administrator signs in and adds an Editor on the Users page; the editor signs in in a browser of their own.
    /// </summary>
    private static async Task<(IPage Admin, IPage Editor)> SignInNewEditorAsync(Journey journey, string userName, string displayName)
    {
        var admin = await journey.NewPageAsync();
        await AdminDashboard.SignInAsync(admin, AdminDashboard.AdminUserName, PortalServer.AdminPassword);
        await AdminDashboard.CreateUserAsync(admin, userName, displayName, EditorPassword, "Editor");
        var editor = await journey.NewPageAsync();
        await AdminDashboard.SignInAsync(editor, userName, EditorPassword);
        return (admin, editor);
    }

    private static async Task AssertNotFoundAsync(IPage reader, string path)
    {
        var response = await reader.GotoAsync(path);
        Assert.Equal(404, response!.Status);
        await Expect(reader.GetByTestId("not-found-message")).ToHaveTextAsync("Không tìm thấy trang");
    }
}
