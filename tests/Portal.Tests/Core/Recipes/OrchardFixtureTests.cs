using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Recipes;
using Portal.Core.Routing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Core.Recipes;

/// <summary>Real Orchard Core recipes (tests/Portal.Tests/Fixtures/orchard) imported as their README describes.</summary>
public sealed class OrchardFixtureTests
{
    [Theory]
    [InlineData("saas.recipe.json", "OrchardCore.Tenants", "Authenticated")]
    [InlineData("headless.recipe.json", "OrchardCore.Apis.GraphQL", "Moderator")]
    public async Task Import_SetupRecipeOfOrchard_RunsAndReportsWhatHasNoEquivalent(string fixture, string unknownFeature, string role)
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var report = await ImportAsync(site, fixture, skipUnsupported: false);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Contains(unknownFeature, report.UnknownFeatures);
        Assert.Contains("TheAdmin", report.UnknownFeatures);
        Assert.DoesNotContain("OrchardCore.Contents", report.UnknownFeatures);
        Assert.All(report.Steps, s => Assert.Equal(RecipeStepStatus.Applied, s.Status));
        var roles = await site.InScopeAsync(sp => sp.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>().Roles.Select(r => r.Name).ToListAsync());
        Assert.Contains(roles, r => string.Equals(r, "Anonymous", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(role, roles);
    }

    [Fact]
    public async Task Import_BlogWithoutSkip_IsRefusedNamingTheUnsupportedSteps()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        site.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(database);

        var report = await ImportAsync(site, "blog.recipe.json", skipUnsupported: false);

        Assert.False(report.Succeeded);
        var unsupported = report.UnsupportedSteps.Select(s => s.Name).ToList();
        Assert.Contains("layers", unsupported);
        Assert.Contains("queries", unsupported);
        Assert.Contains("AdminMenu", unsupported);
        Assert.Contains("MediaProfiles", unsupported);
        Assert.Contains("layers", report.Errors[0].Message);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_BlogWithSkip_CreatesTypesTaxonomiesMenuAndPosts(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        var report = await ImportAsync(site, "blog.recipe.json", skipUnsupported: true);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Contains(report.Warnings, w => w.Contains("Snippets/footer.html"));
        // Its three images are missing: the Media module's step reports each one and imports nothing in its place.
        var images = report.Warnings.Where(w => w.StartsWith("Bước 7 (media)", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, images.Count);
        Assert.All(new[] { "about-bg.jpg", "home-bg.jpg", "post-bg.jpg" }.Zip(images), pair =>
        {
            Assert.Contains($"../wwwroot/assets/img/{pair.First}", pair.Second);
            Assert.Contains("bị bỏ qua", pair.Second);
        });
        Assert.Equal(RecipeStepStatus.Applied, report.Steps.Single(s => s.Name == "media").Status);
        Assert.False(Directory.Exists(Path.Combine(database.AppDataPath, "media")) &&
            Directory.EnumerateFiles(Path.Combine(database.AppDataPath, "media"), "*", SearchOption.AllDirectories).Any());
        Assert.Equal(["layers", "queries", "AdminMenu", "MediaProfiles"], report.UnsupportedSteps.Select(s => s.Name));
        Assert.Equal(["FlowPart", "ListPart"], report.UnknownParts);
        var definitions = await site.InScopeAsync(sp => sp.GetRequiredService<ContentDefinitionManager>().GetAsync());
        foreach (var type in new[] { "Article", "BlogPost", "Blog", "Tag", "Category", "Page" })
        {
            Assert.NotNull(definitions.Type(type));
        }

        await using var db = site.OpenDb();
        var imported = await db.ContentItems.Where(r => r.Published && r.Author == "admin")
            .Select(r => r.ContentType + ":" + r.DisplayText).ToListAsync();
        foreach (var expected in new[] { "Taxonomy:Tags", "Taxonomy:Categories", "Menu:Main Menu", "Blog:Blog", "Article:About", "BlogPost:Man must explore, and this is exploration at its greatest" })
        {
            Assert.Contains(expected, imported);
        }
        var routes = site.Services.GetRequiredService<RouteTable>();
        Assert.True(routes.TryResolve("blog/post-1", out _));
        Assert.True(routes.TryResolve("about", out _));
        Assert.True(routes.TryResolve("travel", out var term));
        Assert.NotNull(term.TermContentItemId);
        var post = await db.ContentItems.SingleAsync(r => r.ContentType == "BlogPost");
        Assert.Equal(3, await db.TaxonomyIndex.CountAsync(t => t.ContentItemId == post.ContentItemId && t.FieldName == "Tags"));

        // A type this site has no template for, shown by the fallback template: its Markdown body and its fields.
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await site.CreateClient().GetStringAsync("/blog/post-1"));
        Assert.Equal("Man must explore, and this is exploration at its greatest", page.QuerySelector("[data-testid=content-title]")!.TextContent);
        Assert.StartsWith("Never in all their history have men been able truly to conceive", page.QuerySelector(".prose p")!.TextContent);
        var fields = page.QuerySelectorAll(".content-fields dt").Select(dt => dt.TextContent).ToList();
        Assert.Equal(["Subtitle", "Banner Image", "Tags", "Category"], fields);
        Assert.Contains("Problems look mighty small from 150 miles up", page.QuerySelector(".content-fields")!.TextContent);
        Assert.Equal(["Earth", "Exploration", "Space"], page.QuerySelectorAll(".content-fields dd")[2].QuerySelectorAll("a").Select(a => a.TextContent));
    }

    private static Task<RecipeReport> ImportAsync(PortalSite site, string fixture, bool skipUnsupported) =>
        site.InScopeAsync(async sp =>
        {
            var recipe = RecipeReader.ReadFile(TestPaths.OrchardFixture(fixture));
            var parameters = await RecipeParameters.ForAdministratorAsync(sp);
            return await sp.GetRequiredService<RecipeExecutor>().RunAsync(recipe, new RecipeRunOptions { SkipUnsupported = skipUnsupported, Parameters = parameters });
        });
}
