using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Fields;
using Portal.Core.Content.Parts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class ContentListTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_TextFilterWithoutDiacritics_FindsVietnameseTitles(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        await SeedAsync(site, ["Hội nghị Khoa học Đổi mới", "Tọa đàm về đào tạo", "Hội thảo Y học"]);
        var admin = await AdminSession.SignInAsync(site);

        var page = await admin.GetPageAsync("/admin/content?q=" + Uri.EscapeDataString("hoi nghi doi moi"));
        var accented = await admin.GetPageAsync("/admin/content?q=" + Uri.EscapeDataString("ĐÀO TẠO"));

        Assert.Equal(["Hội nghị Khoa học Đổi mới"], Titles(page));
        Assert.Equal(["Tọa đàm về đào tạo"], Titles(accented));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_KeysetPages_CoverEveryItemOnceInOrder(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var titles = Enumerable.Range(1, 60).Select(i => $"Bài số {i:D2}").ToList();
        await SeedAsync(site, titles);
        var admin = await AdminSession.SignInAsync(site);

        var seen = new List<string>();
        var url = "/admin/content?type=Article&sort=title";
        var pages = 0;
        while (url is not null)
        {
            var page = await admin.GetPageAsync(url);
            seen.AddRange(Titles(page));
            url = page.QuerySelector("[data-testid=page-next]")?.GetAttribute("href");
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(titles, seen);
    }

    [Fact]
    public async Task List_CategoryAndStatusFilters_NarrowTheList()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Tin hoạt động"), "publish"));
        var forum = AdminSite.Article("Bài diễn đàn");
        forum["Article.Category.TermContentItemIds"] = AdminTestRecipe.ForumTermId;
        AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", forum));

        Assert.Equal(["Bài diễn đàn"], Titles(await admin.GetPageAsync($"/admin/content?term={AdminTestRecipe.ForumTermId}")));
        Assert.Equal(["Tin hoạt động"], Titles(await admin.GetPageAsync("/admin/content?type=Article&status=Published")));
        Assert.Equal(["Bài diễn đàn"], Titles(await admin.GetPageAsync("/admin/content?type=Article&status=Draft")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bulk_PublishAndDelete_AskForConfirmationFirst(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var first = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bài một")));
        var second = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bài hai")));
        var list = await admin.GetPageAsync("/admin/content?type=Article");

        var asked = await admin.PostAsync("/admin/content?type=Article", list, [new("action", "publish"), new("ids", first), new("ids", second)]);
        var confirmation = AdminSession.Parse(await asked.Content.ReadAsStringAsync());
        Assert.Equal("Xuất bản 2 nội dung?", confirmation.QuerySelector("[data-testid=bulk-confirmation] h2")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/tin-tuc/bai-mot")).StatusCode);

        var done = await admin.SubmitAsync(confirmation, "[data-testid=bulk-confirm-form]", []);
        Assert.Equal("Xuất bản: 2/2 nội dung.", AdminSite.Text(AdminSession.Parse(await done.Content.ReadAsStringAsync()), "bulk-result"));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/tin-tuc/bai-mot")).StatusCode);

        var deleteAsked = AdminSession.Parse(await (await admin.PostAsync("/admin/content", list, [new("action", "delete"), new("ids", first)])).Content.ReadAsStringAsync());
        await admin.SubmitAsync(deleteAsked, "[data-testid=bulk-confirm-form]", []);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/tin-tuc/bai-mot")).StatusCode);
        Assert.Equal(["Bài hai"], Titles(await admin.GetPageAsync("/admin/content?type=Article")));
    }

    [Fact]
    public async Task Versions_RestoreOldVersion_MakesItTheDraft()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var id = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Tiêu đề đầu tiên"), "publish"));
        await AdminSite.EditAsync(admin, id, new() { ["TitlePart.Title"] = "Tiêu đề thứ hai" }, "publish");
        var versions = await admin.GetPageAsync($"/admin/content/versions?id={id}");
        Assert.Equal(2, versions.QuerySelectorAll("[data-testid=version-row]").Length);

        var restored = await admin.SubmitAsync(versions, "[data-testid=version-row]:last-child form", []);
        var editor = await admin.FollowAsync(restored);

        Assert.Equal("Đã khôi phục phiên bản cũ thành bản nháp.", AdminSite.Text(editor, "save-message"));
        Assert.Equal("Tiêu đề đầu tiên", editor.QuerySelector("[data-testid=input-TitlePart-Title]")!.GetAttribute("value"));
        Assert.Contains("Tiêu đề thứ hai", await site.CreateClient().GetStringAsync("/tin-tuc/tieu-de-dau-tien"));
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=content-row] [data-testid=row-title]").Select(a => a.TextContent.Trim()).ToList();

    private static Task SeedAsync(PortalSite site, IEnumerable<string> titles) => site.InScopeAsync(async services =>
    {
        var contents = services.GetRequiredService<IContentManager>();
        foreach (var title in titles)
        {
            var item = await contents.NewAsync("Article");
            item.Apply(new TitlePart { Title = title });
            await contents.SaveDraftAsync(item);
        }
    });
}
