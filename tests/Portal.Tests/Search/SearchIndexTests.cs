using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Handlers;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Search.Indexing;
using Portal.Search.Services;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>
/// The index follows the content (publish, draft, unpublish, removal, failed saves, rolled-back recipes) and ranks
/// what it finds; each test has a site of its own, set up by the site recipe, and looks as a reader does: at /tim-kiem.
/// </summary>
public sealed class SearchIndexTests
{
    private static async Task<(HttpStatusCode Status, List<string> Titles, string? Count)> SearchAsync(HttpClient client, string query, int page = 1)
    {
        var response = await client.GetAsync($"/tim-kiem?q={Uri.EscapeDataString(query)}" + (page > 1 ? $"&page={page}" : ""));
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var titles = document.QuerySelectorAll("[data-testid=search-results] [data-testid=search-result-link]").Select(a => a.TextContent.Trim()).ToList();
        return (response.StatusCode, titles, document.QuerySelector("[data-testid=search-count]")?.TextContent.Trim());
    }

    private static async Task<List<string>> TitlesAsync(HttpClient client, string query) => (await SearchAsync(client, query)).Titles;

    private static ContentItem Article(ContentItem item, string title, string body, DateTime? publishedUtc = null)
    {
        item.DisplayText = title;
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Content["HtmlBodyPart"] = new JsonObject { ["Html"] = $"<p>{body}</p>" };
        item.PublishedUtc = publishedUtc;
        return item;
    }

    private static Task<ContentItem> PublishAsync(IServiceProvider services, string title, string body, DateTime? publishedUtc = null) =>
        PublishAsync(services.GetRequiredService<IContentManager>(), title, body, publishedUtc);

    private static async Task<ContentItem> PublishAsync(IContentManager manager, string title, string body, DateTime? publishedUtc = null) =>
        await manager.PublishAsync(Article(await manager.NewAsync("Article"), title, body, publishedUtc));

    private static async Task<int> IndexRowsAsync(PortalSite site)
    {
        await using var db = site.OpenDb();
        return await db.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM "SearchDocuments" """).SingleAsync();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_TitleMatchesComeFirst_NewestFirstWithinEach(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var client = site.CreateClient();
        await site.InScopeAsync(async services =>
        {
            await PublishAsync(services, "Tin cũ", "Có zebrakhoa ở thân bài.", new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            await PublishAsync(services, "Hội thảo zebrakhoa lần thứ nhất", "Nội dung.", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            await PublishAsync(services, "Tin tổng hợp tháng ba", "Có nhắc tới ZEBRAKHOÁ trong bài.", new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));
            await PublishAsync(services, "Tọa đàm Zebrakhoá mới", "Nội dung khác.", new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc));
            var manager = services.GetRequiredService<IContentManager>();
            await manager.SaveDraftAsync(Article(await manager.NewAsync("Article"), "Nháp zebrakhoa", "zebrakhoa"));
        });

        Assert.Equal(["Tọa đàm Zebrakhoá mới", "Hội thảo zebrakhoa lần thứ nhất", "Tin tổng hợp tháng ba", "Tin cũ"], await TitlesAsync(client, "zebrakhoa"));
        // One word in the title and one in the body is a body match.
        Assert.Equal(["Tin tổng hợp tháng ba"], await TitlesAsync(client, "tong hop zebrakhoa"));
        Assert.Equal(["Tin tổng hợp tháng ba"], await TitlesAsync(client, "\"nhắc tới zebrakhoa\""));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_TwentyThreeMatches_TenPerPageWithTheQueryKeptInPageLinks(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var client = site.CreateClient();
        await site.InScopeAsync(async services =>
        {
            var start = new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);
            for (var n = 1; n <= 23; n++)
            {
                await PublishAsync(services, $"Bản tin quokka số {n}", "Thân bài.", start.AddDays(n));
            }
        });

        var first = await SearchAsync(client, "QUOKKA");
        var second = await SearchAsync(client, "QUOKKA", 2);
        var third = await SearchAsync(client, "QUOKKA", 3);
        var past = await SearchAsync(client, "QUOKKA", 4);

        Assert.Equal("Tìm thấy 23 kết quả cho “QUOKKA”", first.Count);
        Assert.Equal(Enumerable.Range(14, 10).Reverse().Select(n => $"Bản tin quokka số {n}"), first.Titles);
        Assert.Equal(Enumerable.Range(4, 10).Reverse().Select(n => $"Bản tin quokka số {n}"), second.Titles);
        Assert.Equal(["Bản tin quokka số 3", "Bản tin quokka số 2", "Bản tin quokka số 1"], third.Titles);
        Assert.Equal(HttpStatusCode.NotFound, past.Status);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/tim-kiem?q=QUOKKA&page=2"));
        Assert.Equal("/tim-kiem?q=QUOKKA&page=3", page.QuerySelector("[data-testid=pager-next]")!.GetAttribute("href"));
        Assert.Equal("/tim-kiem?q=QUOKKA", page.QuerySelector("[data-testid=pager-previous]")!.GetAttribute("href"));
        Assert.Equal("QUOKKA", page.QuerySelector("[data-testid=search-page-input]")!.GetAttribute("value"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Index_FollowsPublishDraftUnpublishAndRemove(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var client = site.CreateClient();
        var id = (await site.InScopeAsync(services => PublishAsync(services, "Thông báo okapi", "Nội dung okapi đầu tiên."))).ContentItemId;
        Assert.Equal(["Thông báo okapi"], await TitlesAsync(client, "okapi"));

        await site.InScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<IContentManager>();
            await manager.SaveDraftAsync(Article((await manager.GetAsync(id, VersionOptions.Latest))!, "Thông báo okapi đã sửa", "Từ mới wombat."));
        });
        Assert.Empty(await TitlesAsync(client, "wombat"));
        Assert.Equal(["Thông báo okapi"], await TitlesAsync(client, "okapi"));

        await site.InScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<IContentManager>();
            await manager.PublishAsync((await manager.GetAsync(id, VersionOptions.Latest))!);
        });
        Assert.Equal(["Thông báo okapi đã sửa"], await TitlesAsync(client, "wombat"));

        await site.InScopeAsync(services => services.GetRequiredService<IContentManager>().UnpublishAsync(id));
        Assert.Empty(await TitlesAsync(client, "okapi"));
        Assert.Empty(await TitlesAsync(client, "wombat"));

        await site.InScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<IContentManager>();
            await manager.PublishAsync((await manager.GetAsync(id, VersionOptions.Latest))!);
        });
        Assert.Equal(["Thông báo okapi đã sửa"], await TitlesAsync(client, "okapi wombat"));

        await site.InScopeAsync(services => services.GetRequiredService<IContentManager>().RemoveAsync(id));
        Assert.Empty(await TitlesAsync(client, "okapi"));
        Assert.Equal(13, await IndexRowsAsync(site)); // the site recipe's pages, organizations and article
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Index_RecipeRolledBack_IsLeftExactlyAsItWas(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var client = site.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(database);
        const string good = """{ "ContentType": "Article", "ContentItemId": "capy00000000000000000000001", "Published": true, "Latest": true, "TitlePart": { "Title": "Tin capybara" }, "HtmlBodyPart": { "Html": "<p>capybara</p>" } }""";
        const string bad = """{ "ContentType": "Article", "ContentItemId": "capy00000000000000000000002", "Published": true, "Latest": true, "TitlePart": { "Title": "Tin lỗi" }, "AutoroutePart": { "Path": "admin/chiem-cho" } }""";

        // The first item is indexed inside the recipe's transaction; the second fails while applying.
        var failed = await RunAsync(site, $$"""{ "name": "late-failure", "steps": [ { "name": "content", "data": [ {{good}}, {{bad}} ] } ] }""");

        Assert.False(failed.Succeeded);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
        Assert.Empty(await TitlesAsync(client, "capybara"));

        var succeeded = await RunAsync(site, $$"""{ "name": "good", "steps": [ { "name": "content", "data": [ {{good}} ] } ] }""");
        Assert.True(succeeded.Succeeded, string.Join("; ", succeeded.Errors));
        Assert.Equal(["Tin capybara"], await TitlesAsync(client, "capybara"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Index_SaveThatFailsInTheDatabase_WritesNoIndexRow(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        await using var failing = site.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddScoped<IContentHandler, BrokenRowHandler>()));
        var client = failing.CreateClient();
        var rows = await IndexRowsAsync(site);

        await using (var scope = failing.Services.CreateAsyncScope())
        {
            await Assert.ThrowsAsync<DbUpdateException>(() => PublishAsync(scope.ServiceProvider, "Tin [hỏng] pangolin", "pangolin"));
        }

        Assert.Equal(rows, await IndexRowsAsync(site));
        Assert.Empty(await TitlesAsync(client, "pangolin"));
        // Nothing was left open: the next save goes through and is found.
        await using (var scope = failing.Services.CreateAsyncScope())
        {
            await PublishAsync(scope.ServiceProvider, "Tin lành pangolin", "pangolin");
        }

        Assert.Equal(["Tin lành pangolin"], await TitlesAsync(client, "pangolin"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rebuild_LostIndex_HoldsEveryPublishedItemAgain(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var client = site.CreateClient();
        await site.InScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<IContentManager>();
            await PublishAsync(manager, "Tin tapir một", "tapir");
            await PublishAsync(manager, "Tin tapir hai", "tapir", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            await manager.SaveDraftAsync(Article(await manager.NewAsync("Article"), "Nháp tapir", "tapir"));
        });
        await using (var db = site.OpenDb())
        {
            await site.Services.GetRequiredService<ISearchIndex>().ClearAsync(db);
        }

        Assert.Equal(0, await IndexRowsAsync(site));
        var count = await site.InScopeAsync(services => services.GetRequiredService<SearchIndexRebuilder>().RebuildAsync());

        Assert.Equal(13 + 2, count);
        Assert.Equal(15, await IndexRowsAsync(site));
        Assert.Equal(["Tin tapir một", "Tin tapir hai"], await TitlesAsync(client, "tapir"));
    }

    private static Task<RecipeReport> RunAsync(PortalSite site, string json) => site.InScopeAsync(services =>
        services.GetRequiredService<RecipeExecutor>().RunAsync(RecipeReader.Read(json), new RecipeRunOptions()));

    /// <summary>Makes the save of an item titled "[hỏng]" fail in the database, after every index handler has run.</summary>
    private sealed class BrokenRowHandler : IContentHandler
    {
        public int Order => int.MaxValue;

        public Task IndexingAsync(ContentIndexContext context)
        {
            if (context.Published?.DisplayText.Contains("[hỏng]") == true)
            {
                context.Db.ChangeLog.Add(new ChangeLogRecord { Kind = null!, Key = "x", CreatedUtc = DateTime.UtcNow });
            }

            return Task.CompletedTask;
        }
    }
}
