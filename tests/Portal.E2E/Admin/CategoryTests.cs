using System.Text.RegularExpressions;
using Portal.E2E.Infrastructure;

namespace Portal.E2E.Admin;

/// <summary>An editor adds, moves and removes a category ("Chuyên mục") in the dashboard while a reader watches the news pages.</summary>
public sealed class CategoryTests(SetUpSite site) : BrowserTest(site), IClassFixture<SetUpSite>
{
    private const string EditorPassword = "Bien-tap-chuyen-muc-Th@nh-Hoa-2026";

    [Fact]
    public Task Editor_AddsMovesAndRemovesACategory_ReaderSeesItOnTheNewsPages() => RunAsync(async journey =>
    {
        const string name = "Hội thảo khoa học";
        var admin = await journey.NewPageAsync();
        await AdminDashboard.SignInAsync(admin, AdminDashboard.AdminUserName, PortalServer.AdminPassword);
        await AdminDashboard.CreateUserAsync(admin, "bientap-lan", "Nguyễn Thị Lan", EditorPassword, "Editor");
        var editor = await journey.NewPageAsync();
        await AdminDashboard.SignInAsync(editor, "bientap-lan", EditorPassword);
        var reader = await journey.NewPageAsync();

        // The editor opens "Chuyên mục" from the menu and adds a category, its path left to be made from the name.
        await editor.GetByTestId("nav-taxonomies").ClickAsync();
        await editor.GetByTestId("taxonomy-edit").ClickAsync();
        await editor.GetByTestId("term-add-name").FillAsync(name);
        await AdminDashboard.SubmitAsync(editor.GetByTestId("term-add"));
        await Expect(editor.GetByTestId("term-message")).ToHaveTextAsync("Đã thêm mục.");
        var added = editor.GetByTestId("term").Filter(new() { Has = editor.GetByTestId("term-name").GetByText(name, new() { Exact = true }) });
        await Expect(added.Locator(".menu-url")).ToHaveTextAsync("/tin-tuc/hoi-thao-khoa-hoc");
        await Expect(added.GetByTestId("term-usage")).ToHaveTextAsync("0 nội dung");

        // One place up with the keyboard button: before "Hội thành viên".
        await AdminDashboard.SubmitAsync(added.GetByTestId("term-up"));
        await Expect(editor.GetByTestId("term-message")).ToHaveTextAsync("Đã lưu thứ tự.");
        await Expect(editor.GetByTestId("term-name")).ToHaveTextAsync([
            "Tin hoạt động của Liên hiệp hội", "Diễn đàn khoa học và công nghệ", "Tư vấn, phản biện và giám định xã hội",
            "Đối ngoại và hợp tác quốc tế", name, "Hội thành viên"]);

        // The reader finds it among the categories of the news page, in that order, and opens its (empty) page.
        await reader.GotoAsync("/tin-tuc");
        await Expect(reader.GetByTestId("category-link")).ToHaveTextAsync([
            "Tin hoạt động của Liên hiệp hội", "Diễn đàn khoa học và công nghệ", "Tư vấn, phản biện và giám định xã hội",
            "Đối ngoại và hợp tác quốc tế", name, "Hội thành viên"]);
        await reader.GetByTestId("category-link").GetByText(name, new() { Exact = true }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex("/tin-tuc/hoi-thao-khoa-hoc$"));
        await Expect(reader.GetByTestId("list-title")).ToHaveTextAsync(name);

        // A category that files the first article is not removed; the editor is told why.
        var news = editor.GetByTestId("term").Filter(new() { Has = editor.GetByTestId("term-name").GetByText("Tin hoạt động của Liên hiệp hội", new() { Exact = true }) });
        editor.Dialog += (_, dialog) => dialog.AcceptAsync();
        await AdminDashboard.SubmitAsync(news.GetByTestId("term-remove"));
        await Expect(editor.GetByTestId("term-error")).ToContainTextAsync("đang có 1 nội dung");

        // The new one is removed, and the reader no longer finds it.
        await AdminDashboard.SubmitAsync(added.GetByTestId("term-remove"));
        await Expect(editor.GetByTestId("term-message")).ToHaveTextAsync("Đã xóa mục.");
        await reader.GotoAsync("/tin-tuc");
        await Expect(reader.GetByTestId("category-link").GetByText(name, new() { Exact = true })).ToHaveCountAsync(0);
        Assert.Equal(404, (await reader.GotoAsync("/tin-tuc/hoi-thao-khoa-hoc"))!.Status);
    });
}
