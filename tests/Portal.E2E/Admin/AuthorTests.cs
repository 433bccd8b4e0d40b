using Portal.E2E.Infrastructure;

namespace Portal.E2E.Admin;

/// <summary>An author (role Author) writes drafts but cannot publish: no button, and a forged publish is refused.</summary>
public sealed class AuthorTests(SetUpSite site) : BrowserTest(site), IClassFixture<SetUpSite>
{
    private const string AuthorPassword = "Tac-gia-Hoi-Ch@m-cuu-2026";

    /// <summary>
    /// Replays the editor's form from the author's own page (their cookies, the form's antiforgery token) with the
    /// publish action and a changed title; answers the status and the text of the response.
    /// </summary>
    private const string ForgedPublishScript = """
        async title => {
          const form = document.querySelector('[data-testid=content-form]');
          const data = new FormData(form);
          data.set('action', 'publish');
          data.set('TitlePart.Title', title);
          // form.action would be the buttons named "action": the attribute is the address.
          const response = await fetch(form.getAttribute('action'), { method: 'POST', body: data, credentials: 'same-origin', redirect: 'manual' });
          return [String(response.status), await response.text()];
        }
        """;

    [Fact]
    public Task Author_HasNoPublishButton_AndAForgedPublishRequestIsRefusedAndChangesNothing() => RunAsync(async journey =>
    {
        const string title = "Ghi chép của tác giả: một ngày ở Hội Châm cứu tỉnh Thanh Hóa";

        var admin = await journey.NewPageAsync();
        await AdminDashboard.SignInAsync(admin, AdminDashboard.AdminUserName, PortalServer.AdminPassword);
        await AdminDashboard.CreateUserAsync(admin, "tacgia-lan", "Nguyễn Thị Lan", AuthorPassword, "Author");
        var author = await journey.NewPageAsync();
        await AdminDashboard.SignInAsync(author, "tacgia-lan", AuthorPassword);
        await Expect(author.GetByTestId("nav-users")).ToHaveCountAsync(0);

        // A new article: the author may save a draft, and nothing else that reaches readers.
        await author.GetByTestId("new-Article").ClickAsync();
        await Expect(author.GetByTestId("save-draft")).ToBeVisibleAsync();
        await AssertCannotPublishAsync(author);
        await author.GetByTestId("input-TitlePart-Title").FillAsync(title);
        var body = WysiwygEditor.Of(author, "field-HtmlBodyPart-Html");
        await body.ClickAtEndAsync();
        await body.TypeAsync("Hội Châm cứu tỉnh Thanh Hóa khám bệnh miễn phí cho người cao tuổi.");
        await AdminDashboard.SubmitAsync(author.GetByTestId("save-draft"));
        await Expect(author.GetByTestId("save-message")).ToHaveTextAsync("Đã lưu bản nháp.");
        await Expect(author.GetByTestId("status-tag")).ToHaveTextAsync(["Bản nháp"]);
        await AssertCannotPublishAsync(author);
        var path = "/" + await author.GetByTestId("input-AutoroutePart-Path").InputValueAsync();
        Assert.Equal("/tin-tuc/ghi-chep-cua-tac-gia-mot-ngay-o-hoi-cham-cuu-tinh-thanh-hoa", path);

        // The forged publish: refused on the spot.
        var answer = await author.EvaluateAsync<string[]>(ForgedPublishScript, "Tiêu đề sửa lén khi xuất bản");
        Assert.Equal("403", answer[0]);
        Assert.Contains("Bạn không có quyền thực hiện thao tác này.", answer[1], StringComparison.Ordinal);

        // And nothing changed: the same draft, title and all, and still not on the website.
        await author.ReloadAsync();
        await Expect(author.GetByTestId("status-tag")).ToHaveTextAsync(["Bản nháp"]);
        await Expect(author.GetByTestId("input-TitlePart-Title")).ToHaveValueAsync(title);
        var reader = await journey.NewPageAsync();
        var response = await reader.GotoAsync(path);
        Assert.Equal(404, response!.Status);
        await reader.GotoAsync("/");
        await Expect(reader.GetByTestId("featured-article")).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);

        // The administrator's list of drafts shows it as the author left it.
        await admin.GotoAsync("/admin");
        await Expect(admin.GetByTestId("dashboard-drafts")).ToContainTextAsync(title);
        await Expect(admin.GetByTestId("dashboard-published")).Not.ToContainTextAsync(title);
    });

    private static async Task AssertCannotPublishAsync(IPage author)
    {
        foreach (var action in new[] { "publish", "unpublish", "schedule", "schedule-at" })
        {
            await Expect(author.GetByTestId(action)).ToHaveCountAsync(0);
        }
    }
}
