using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Contents.Lists;

public sealed class ContentListCacheTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Publish_NewArticle_AppearsOnCachedListsAndHome(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var client = site.CreateClient();
        // Asked twice, so the pages are in the output cache (pages are stored from their second request on).
        foreach (var path in new[] { "/tin-tuc", "/tin-tuc/doi-ngoai-va-hop-tac-quoc-te", "/" })
        {
            Assert.DoesNotContain("Bài mới vừa đăng", await client.GetStringAsync(path));
            Assert.DoesNotContain("Bài mới vừa đăng", await client.GetStringAsync(path));
        }

        Assert.NotNull((await client.GetAsync("/tin-tuc")).Headers.Age);

        await site.InScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<IContentManager>();
            var item = await manager.NewAsync("Article");
            item.Content["TitlePart"] = new JsonObject { ["Title"] = "Bài mới vừa đăng" };
            item.Content["Article"] = new JsonObject
            {
                ["Category"] = new JsonObject { ["TaxonomyContentItemId"] = "4chuyenmuc0000000000000000", ["TermContentItemIds"] = new JsonArray("4cmdoingoai000000000000000") },
            };
            await manager.PublishAsync(item);
        });

        var news = new HtmlParser().ParseDocument(await client.GetStringAsync("/tin-tuc"));
        var category = await client.GetStringAsync("/tin-tuc/doi-ngoai-va-hop-tac-quoc-te");
        var home = await client.GetStringAsync("/");
        Assert.Equal("Bài mới vừa đăng", news.QuerySelector("[data-testid=article-item] .summary-title")!.TextContent.Trim());
        Assert.Contains("/tin-tuc/bai-moi-vua-dang", category);
        Assert.Contains("Bài mới vừa đăng", home);
    }
}
