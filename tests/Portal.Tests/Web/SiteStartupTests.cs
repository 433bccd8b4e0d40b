using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Setup;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

public sealed class SiteStartupTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FirstRun_EmptyDatabase_SetsUpFromRecipeAndServesHomeInUtf8(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var client = site.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa", html);
        Assert.DoesNotContain("&#x", html);
        await using var db = site.OpenDb();
        Assert.True(await db.Documents.AnyAsync(d => d.Id == SetupService.DocumentId));
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Restart_AfterSetup_LeavesTheDataAlone()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using (var first = new PortalSite(database))
        {
            first.CreateClient();
        }

        await using var second = new PortalSite(database);
        second.CreateClient();
        await using var db = second.OpenDb();
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(1, await db.Documents.CountAsync(d => d.Id == SetupService.DocumentId));
    }

    [Fact]
    public async Task Logs_AreWrittenUnderAppDataLogs()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using (var site = new PortalSite(database))
        {
            await site.CreateClient().GetAsync("/");
        }

        var logs = Path.Combine(database.AppDataPath, "logs");
        var file = Assert.Single(Directory.GetFiles(logs, "portal-*.log"));
        Assert.Contains("Portal ready on Sqlite", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task UnknownPath_IsVietnamese404()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var response = await site.CreateClient().GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }
}
