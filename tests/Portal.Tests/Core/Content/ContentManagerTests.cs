using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Parts;
using Portal.Core.Routing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Core.Content;

public sealed class ContentManagerTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveDraft_NewItem_IsNotPublicButIsLatest(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var client = site.CreateClient();

        var draft = await site.InScopeAsync(sp => SaveNewsAsync(sp, "Hội nghị tổng kết năm 2026", publish: false));

        Assert.Equal("tin/hoi-nghi-tong-ket-nam-2026", draft.As<AutoroutePart>().Path);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin/hoi-nghi-tong-ket-nam-2026")).StatusCode);
        var latest = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(draft.ContentItemId, VersionOptions.Latest));
        Assert.NotNull(latest);
        Assert.False(latest.Published);
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(draft.ContentItemId)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_Draft_IsServedAtItsPathUntilUnpublished(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var client = site.CreateClient();
        var item = await site.InScopeAsync(sp => SaveNewsAsync(sp, "Đại hội đại biểu lần thứ VI", publish: true));

        var page = await client.GetAsync("/tin/dai-hoi-dai-bieu-lan-thu-vi");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Đại hội đại biểu lần thứ VI", await page.Content.ReadAsStringAsync());

        Assert.True(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().UnpublishAsync(item.ContentItemId)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin/dai-hoi-dai-bieu-lan-thu-vi")).StatusCode);
        var latest = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(item.ContentItemId, VersionOptions.Latest));
        Assert.NotNull(latest);
        Assert.False(latest.Published);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveDraft_OnTopOfPublished_KeepsPublicVersionUntilRepublished(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var client = site.CreateClient();
        var published = await site.InScopeAsync(sp => SaveNewsAsync(sp, "Tin gốc", publish: true, body: "<p>Bản đầu</p>"));

        var draft = await site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = (await manager.GetAsync(published.ContentItemId, VersionOptions.Latest))!;
            item.Apply(new HtmlBodyPart { Html = "<p>Bản sửa</p>" });
            return await manager.SaveDraftAsync(item);
        });

        Assert.NotEqual(published.ContentItemVersionId, draft.ContentItemVersionId);
        var before = await client.GetStringAsync("/tin/tin-goc");
        Assert.Contains("Bản đầu", before);
        Assert.DoesNotContain("Bản sửa", before);

        await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().PublishAsync(draft));
        var after = await client.GetStringAsync("/tin/tin-goc");
        Assert.Contains("Bản sửa", after);

        var versions = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().ListVersionsAsync(published.ContentItemId));
        Assert.Equal(2, versions.Count);
        Assert.Single(versions, v => v.Published);
        Assert.Single(versions, v => v.Latest);
        Assert.Equal(published.PublishedUtc, versions.Single(v => v.Published).PublishedUtc);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Save_OnTopOfAChangedVersion_FailsAndKeepsTheOtherEditorsWork(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var original = await site.InScopeAsync(sp => SaveNewsAsync(sp, "Bản nháp chung", publish: false));

        // Two editors open the same draft.
        var first = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(original.ContentItemId, VersionOptions.Latest));
        var second = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(original.ContentItemId, VersionOptions.Latest));
        first!.Apply(new HtmlBodyPart { Html = "<p>Biên tập viên A</p>" });
        second!.Apply(new HtmlBodyPart { Html = "<p>Biên tập viên B</p>" });

        await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().SaveDraftAsync(first));
        var conflict = await Assert.ThrowsAsync<ContentConcurrencyException>(() =>
            site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().SaveDraftAsync(second)));

        Assert.Equal(original.ContentItemId, conflict.ContentItemId);
        var stored = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(original.ContentItemId, VersionOptions.Latest));
        Assert.Equal("<p>Biên tập viên A</p>", stored!.As<HtmlBodyPart>().Html);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_SameTitleTwice_GetsSuffixedPath(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var a = await site.InScopeAsync(sp => SaveNewsAsync(sp, "Thông báo", publish: true));
        var b = await site.InScopeAsync(sp => SaveNewsAsync(sp, "Thông báo", publish: true));
        var c = await site.InScopeAsync(sp => SaveNewsAsync(sp, "Thông báo", publish: true));

        Assert.Equal("tin/thong-bao", a.As<AutoroutePart>().Path);
        Assert.Equal("tin/thong-bao-2", b.As<AutoroutePart>().Path);
        Assert.Equal("tin/thong-bao-3", c.As<AutoroutePart>().Path);
        var routes = site.Services.GetRequiredService<RouteTable>();
        Assert.True(routes.TryResolve("/tin/thong-bao-2", out var target));
        Assert.Equal(b.ContentItemId, target.ContentItemId);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_TypedPathTakenByAnotherItem_IsRefusedWithVietnameseMessage(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        await site.InScopeAsync(sp => SaveNewsAsync(sp, "Trang đầu", publish: true));

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.InScopeAsync(sp =>
            SaveNewsAsync(sp, "Trang khác", publish: true, path: "tin/trang-dau")));

        var message = Assert.Single(error.Errors, e => e.Key == "AutoroutePart.Path");
        Assert.Contains("đã được một nội dung khác sử dụng", message.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_MissingRequiredField_IsRefusedAndNothingIsStored(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.InScopeAsync(sp =>
            SaveNewsAsync(sp, "Thiếu tóm tắt", publish: true, summary: "")));

        Assert.Contains(error.Errors, e => e.Key == "News.Summary");
        await using var db = site.OpenDb();
        Assert.False(await db.ContentItems.AnyAsync(r => r.DisplayText == "Thiếu tóm tắt"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task RestoreAndRemove_OldVersion_BecomesDraftThenItemIsGone(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var first = await site.InScopeAsync(sp => SaveNewsAsync(sp, "Lịch sử", publish: true, body: "<p>Một</p>"));
        await site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = (await manager.GetAsync(first.ContentItemId, VersionOptions.Latest))!;
            item.Apply(new HtmlBodyPart { Html = "<p>Hai</p>" });
            await manager.PublishAsync(item);
        });

        var restored = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().RestoreAsync(first.ContentItemVersionId));
        Assert.Equal("<p>Một</p>", restored.As<HtmlBodyPart>().Html);
        Assert.False(restored.Published);
        Assert.Contains("Hai", await site.CreateClient().GetStringAsync("/tin/lich-su"));

        Assert.True(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().RemoveAsync(first.ContentItemId)));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/tin/lich-su")).StatusCode);
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(first.ContentItemId, VersionOptions.Latest)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_WithCategoryAndDate_WritesIndexRows(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var item = await site.InScopeAsync(sp => SaveNewsAsync(sp, "Có chuyên mục", publish: true));

        await using var db = site.OpenDb();
        var term = await db.TaxonomyIndex.SingleAsync(t => t.ContentItemId == item.ContentItemId);
        Assert.Equal("term000000000000000000001", term.TermContentItemId);
        Assert.True(term.Published);
        var date = await db.FieldValues.SingleAsync(f => f.ContentItemId == item.ContentItemId && f.FieldName == "EventDate");
        Assert.Equal(new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc), date.DateValue);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SaveDraft_TwiceOnANewItem_KeepsOneIndexRowPerValue(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var draft = await site.InScopeAsync(sp => SaveNewsAsync(sp, "Nháp lưu hai lần", publish: false));

        await site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var again = (await manager.GetAsync(draft.ContentItemId, VersionOptions.Latest))!;
            again.GetOrCreatePart("News")["Summary"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Tóm tắt mới" };
            await manager.SaveDraftAsync(again);
        });

        await using var db = site.OpenDb();
        Assert.Equal(1, await db.Autoroutes.CountAsync(r => r.ContentItemId == draft.ContentItemId));
        Assert.Equal(1, await db.TaxonomyIndex.CountAsync(t => t.ContentItemId == draft.ContentItemId));
        Assert.Equal("Tóm tắt mới", (await db.FieldValues.SingleAsync(f => f.ContentItemId == draft.ContentItemId && f.FieldName == "Summary")).TextValue);
    }

    private static async Task<ContentItem> SaveNewsAsync(IServiceProvider services, string title, bool publish, string body = "<p>Nội dung</p>", string summary = "Tóm tắt", string? path = null)
    {
        var manager = services.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync("News");
        item.Apply(new TitlePart { Title = title });
        item.Apply(new HtmlBodyPart { Html = body });
        if (path is not null)
        {
            item.Apply(new AutoroutePart { Path = path });
        }

        item.GetOrCreatePart("News")["Summary"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = summary };
        item.GetOrCreatePart("News")["EventDate"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = "2026-12-01T02:00:00Z" };
        item.GetOrCreatePart("News")["Category"] = new System.Text.Json.Nodes.JsonObject
        {
            ["TaxonomyContentItemId"] = "taxonomy0000000000000000001",
            ["TermContentItemIds"] = new System.Text.Json.Nodes.JsonArray("term000000000000000000001"),
        };
        return publish ? await manager.PublishAsync(item) : await manager.SaveDraftAsync(item);
    }
}
