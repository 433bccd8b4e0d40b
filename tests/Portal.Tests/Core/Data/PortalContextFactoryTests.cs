using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Core.Data;

/// <summary>Reading contexts come from a pool: given back on dispose, and back clean, on both databases.</summary>
public sealed class PortalContextFactoryTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task CreateForReading_GivenBack_IsReusedCleanAndSeesWhatWasCommittedSince(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var contexts = site.Services.GetRequiredService<PortalContextFactory<PortalDbContext>>();

        PortalDbContext first;
        int before;
        await using (first = contexts.CreateForReading())
        {
            before = await first.ContentItems.CountAsync();
            // Whatever a reader leaves behind must not reach the next one.
            first.Autoroutes.Add(new AutorouteRecord { ContentItemId = "bo-lai", Path = "bo-lai", PathKey = "bo-lai" });
        }

        await using (var writer = site.OpenDb())
        {
            writer.ContentItems.Add(new ContentItemRecord
            {
                ContentItemId = "moi-luu", ContentItemVersionId = "moi-luu-1", ContentType = "Article",
                DisplayText = "Mới lưu", DisplayTextKey = "moi luu", Latest = true,
            });
            await writer.SaveChangesAsync();
        }

        await using var second = contexts.CreateForReading();

        Assert.Same(first, second);
        Assert.Empty(second.ChangeTracker.Entries());
        Assert.Equal(before + 1, await second.ContentItems.CountAsync());
        Assert.False(await second.Autoroutes.AnyAsync(r => r.ContentItemId == "bo-lai"));
    }
}
