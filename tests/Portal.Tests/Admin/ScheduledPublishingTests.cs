using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class ScheduledPublishingTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Schedule_DraftIsPublishedByTheBackgroundServiceAtTheTimeAndKeepsIt(string provider)
    {
        using var database = TestDatabase.Create(provider);
        // 09:00 in Hà Nội on Friday 27/11/2026.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));
        await using var baseSite = AdminSite.Create(database);
        await using var site = baseSite.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        var session = new AdminSession(site.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false }));
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAttemptAsync("admin", PortalSite.AdminPassword)).StatusCode);

        var created = await AdminSite.CreateAsync(session, "Article", AdminSite.Article("Bài hẹn giờ"), "draft");
        var id = AdminSite.IdFrom(created);
        var scheduled = await AdminSite.EditAsync(session, id, new() { ["scheduleAt"] = "2026-11-27T10:30" }, "schedule");
        var editor = await session.FollowAsync(scheduled);
        Assert.Equal("Hẹn giờ: Thứ Sáu, 27/11/2026 10:30", AdminSite.Text(editor, "scheduled-at"));
        var list = await session.GetPageAsync("/admin/content?status=Scheduled");
        Assert.Equal(id, Assert.Single(list.QuerySelectorAll("[data-testid=content-row]")).GetAttribute("data-id"));

        clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(1500);
        Assert.False(await IsPublishedAsync(site, id));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/tin-tuc/bai-hen-gio")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(31));
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await IsPublishedAsync(site, id) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        await using var db = site.Services.GetRequiredService<PortalContextFactory<PortalDbContext>>().Create();
        var row = await db.ContentItems.SingleAsync(r => r.ContentItemId == id && r.Published);
        Assert.Equal(new DateTime(2026, 11, 27, 3, 30, 0, DateTimeKind.Utc), row.PublishedUtc);
        Assert.Null(row.ScheduledPublishUtc);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/tin-tuc/bai-hen-gio")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unpublish_ScheduledDraftOfAPublishedArticle_CancelsTheScheduleAndIsNotRepublished(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var id = AdminSite.IdFrom(await AdminSite.CreateAsync(admin, "Article", AdminSite.Article("Bài sẽ gỡ xuống"), "publish"));
        await AdminSite.EditAsync(admin, id, new() { ["Article.Summary.Text"] = "Bản nháp mới." }, "draft");
        await AdminSite.EditAsync(admin, id, new() { ["scheduleAt"] = "2099-01-01T08:00" }, "schedule");

        var editor = await admin.FollowAsync(await AdminSite.EditAsync(admin, id, [], "unpublish"));

        Assert.Equal("Đã hủy xuất bản: nội dung không còn trên website. Lịch hẹn giờ xuất bản cũng đã được hủy.", AdminSite.Text(editor, "save-message"));
        Assert.Null(editor.QuerySelector("[data-testid=scheduled-at]"));
        Assert.Empty((await admin.GetPageAsync("/admin/content?status=Scheduled")).QuerySelectorAll("[data-testid=content-row]"));
        await using (var db = site.OpenDb())
        {
            Assert.All(await db.ContentItems.Where(r => r.ContentItemId == id).ToListAsync(), r => Assert.Null(r.ScheduledPublishUtc));
        }

        var republished = await site.InScopeAsync(s => s.GetRequiredService<Portal.Core.Content.IContentManager>().PublishScheduledAsync(new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Empty(republished);
        Assert.False(await IsPublishedAsync(site, id));
    }

    [Fact]
    public async Task Schedule_TimeInThePast_IsRefusedBesideTheScheduleInput()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);

        var response = await AdminSite.CreateAsync(admin, "Article", new(AdminSite.Article("Bài quá hạn")) { ["scheduleAt"] = "2020-01-01T08:00" }, "schedule");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Hãy chọn một thời điểm xuất bản trong tương lai.", AdminSite.Text(AdminSession.Parse(await response.Content.ReadAsStringAsync()), "error-ScheduleAt"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Schedule_DraftPublishingWouldRefuse_IsRefusedNowAndNothingIsScheduled(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = AdminSite.Create(database);
        var admin = await AdminSession.SignInAsync(site);
        var later = DateTime.Now.AddDays(2).ToString("yyyy-MM-dd'T'HH:mm");

        var response = await AdminSite.CreateAsync(admin, "Article", new(AdminSite.Article("")) { ["scheduleAt"] = later }, "schedule");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Vui lòng nhập tiêu đề.", AdminSite.Text(AdminSession.Parse(await response.Content.ReadAsStringAsync()), "error-TitlePart-Title"));
        await using var db = site.Services.GetRequiredService<PortalContextFactory<PortalDbContext>>().Create();
        Assert.False(await db.ContentItems.AnyAsync(r => r.ScheduledPublishUtc != null));
    }

    private static async Task<bool> IsPublishedAsync(WebApplicationFactory<Program> site, string id)
    {
        await using var db = site.Services.GetRequiredService<PortalContextFactory<PortalDbContext>>().Create();
        return await db.ContentItems.AnyAsync(r => r.ContentItemId == id && r.Published);
    }
}
