using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Changes;
using Portal.Core.Content;
using Portal.Core.Content.Parts;
using Portal.Core.Setup;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

/// <summary>Several web nodes on one PostgreSQL database.</summary>
public sealed class MultiNodeTests
{
    [Fact]
    public async Task Start_TwoNodesTogetherOnEmptyDatabase_SetUpOnce()
    {
        using var database = TestDatabase.Create("Postgres");
        await using var first = new PortalSite(database);
        await using var second = new PortalSite(database);

        await Task.WhenAll(Task.Run(() => first.CreateClient()), Task.Run(() => second.CreateClient()));

        await using var db = first.OpenDb();
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(1, await db.Documents.CountAsync(d => d.Id == SetupService.DocumentId));
        Assert.Equal(1, await db.ContentItems.CountAsync(r => r.ContentItemId == "4gioithieu0000000000000000"));
    }

    [Fact]
    public async Task Publish_OnOneNode_IsServedByTheOtherAfterItPollsTheChangeLog()
    {
        using var database = TestDatabase.Create("Postgres");
        await using var writer = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        writer.CreateClient();
        await using var reader = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var readerClient = reader.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await readerClient.GetAsync("/tin/tin-tu-nut-khac")).StatusCode);
        await reader.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ChangeLogWatcher>().Single().PollAsync(CancellationToken.None);

        await writer.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var item = await manager.NewAsync("News");
            item.Apply(new TitlePart { Title = "Tin từ nút khác" });
            item.GetOrCreatePart("News")["Summary"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "t" };
            await manager.PublishAsync(item);
        });
        await reader.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ChangeLogWatcher>().Single().PollAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, (await readerClient.GetAsync("/tin/tin-tu-nut-khac")).StatusCode);
    }
}
