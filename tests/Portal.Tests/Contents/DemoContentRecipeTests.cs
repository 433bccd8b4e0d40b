using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Contents;

public sealed class DemoContentRecipeTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_Twice_SecondTimeChangesNothing(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        site.CreateClient();

        var first = await PublicSiteFixture.ImportAsync(site, TestPaths.Recipe("demo-content.recipe.json"));
        var (rows, versions, changes) = await CountsAsync(site);
        var second = await PublicSiteFixture.ImportAsync(site, TestPaths.Recipe("demo-content.recipe.json"));

        Assert.True(first.Succeeded);
        Assert.Equal(44, first.ItemsCreated);
        Assert.True(second.Succeeded);
        Assert.Equal(0, second.ItemsCreated);
        Assert.Equal(0, second.ItemsUpdated);
        Assert.Equal(44, second.ItemsUnchanged);
        Assert.Equal((rows, versions, changes), await CountsAsync(site));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SiteRecipe_ImportedAgain_ChangesNoContent(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        site.CreateClient();

        var before = await CountsAsync(site);
        var again = await PublicSiteFixture.ImportAsync(site, TestPaths.Recipe("lienhiephoi.recipe.json"));

        Assert.True(again.Succeeded, string.Join("; ", again.Errors.Select(e => e.Message)));
        Assert.Equal(0, again.ItemsCreated + again.ItemsUpdated);
        Assert.Equal(before.Rows, (await CountsAsync(site)).Rows);
    }

    private static async Task<(int Rows, string Versions, int Routes)> CountsAsync(PortalSite site)
    {
        await using var db = site.OpenDb();
        var versions = await db.ContentItems.OrderBy(r => r.Id).Select(r => r.ContentItemVersionId + ":" + r.Revision).ToListAsync();
        return (versions.Count, string.Join(",", versions), await db.Autoroutes.CountAsync());
    }
}
