using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class AdminNotFoundPageTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DeletedItemUnknownTypeAndBadVersionsId_Answer404WithAVietnamesePageAndTheWayBack(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var id = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bài sẽ bị xóa")));
        Assert.True(await site.InScopeAsync(services => services.GetRequiredService<IContentManager>().RemoveAsync(id)));

        foreach (var url in new[] { $"/admin/content/edit?id={id}", "/admin/content/edit?type=Nope", "/admin/content/versions?id=zzz" })
        {
            var response = await admin.Client.GetAsync(url);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var page = AdminSession.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("Không tìm thấy nội dung này. Có thể nó đã bị xóa.", AdminSite.Text(page, "not-found"));
            Assert.Equal("/admin/content", page.QuerySelector("[data-testid=not-found-content]")?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task NotFound_AskedByAScript_StaysWithoutAPage()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/content/edit?type=Nope");
        request.Headers.Accept.ParseAdd("application/json");

        var response = await admin.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Không tìm thấy", await response.Content.ReadAsStringAsync());
    }
}
