using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Core.Recipes.Export;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Core.Recipes;

/// <summary>A site exported as a recipe and imported into a fresh site: same items, same pages; a second import changes nothing.</summary>
public sealed class RecipeExportTests
{
    private const string EditedArticleId = "4demobaiviet00100000000000";
    private const string DraftedArticleId = "4baivietthachthanh00000000";
    private const string RemovedArticleId = "4demobaiviet00200000000000";
    private const string MainMenuId = "4menuchinh0000000000000000";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportThenImport_IntoFreshSite_SameItemsSamePagesAndSecondImportChangesNothing(string provider)
    {
        using var sourceDatabase = TestDatabase.Create(provider);
        await using var source = await StartEditedSiteAsync(sourceDatabase);
        var export = await source.InScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportAsync(new RecipeExportOptions()));
        var file = Path.Combine(sourceDatabase.AppDataPath, "export", "site.recipe.json");
        await RecipeExportWriter.WriteFileAsync(export, file);

        using var targetDatabase = TestDatabase.Create(provider);
        await using var target = new PortalSite(targetDatabase);
        target.CreateClient();
        var first = await ImportFileAsync(target, file);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        Assert.Equal(await CurrentVersionsAsync(source), await CurrentVersionsAsync(target));
        Assert.Equal(await RoutesAsync(source), await RoutesAsync(target));
        foreach (var path in await PublicPathsAsync(source))
        {
            var expected = await source.CreateClient().GetAsync(path);
            var actual = await target.CreateClient().GetAsync(path);
            Assert.Equal(expected.StatusCode, actual.StatusCode);
            Assert.True(Comparable(path, await expected.Content.ReadAsStringAsync()) == Comparable(path, await actual.Content.ReadAsStringAsync()), $"{path} differs");
        }

        var snapshot = await DatabaseSnapshot.TakeAsync(targetDatabase);
        var second = await ImportFileAsync(target, file);
        Assert.True(second.Succeeded, string.Join("; ", second.Errors));
        Assert.Equal(0, second.ItemsCreated + second.ItemsUpdated);
        Assert.All(second.Definitions, d => Assert.Equal(RecipeChangeKind.Unchanged, d.Change));
        Assert.Equal(snapshot, await DatabaseSnapshot.TakeAsync(targetDatabase));
    }

    [Fact]
    public async Task Export_DraftOnTopOfPublished_ExportsBothVersionsPublishedFirst()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = await StartEditedSiteAsync(database);

        var export = await site.InScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportAsync(new RecipeExportOptions()));

        var versions = ContentData(export).Where(i => i["ContentItemId"]!.ToString() == DraftedArticleId).ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal((true, false), ((bool)versions[0]["Published"]!, (bool)versions[0]["Latest"]!));
        Assert.Equal((false, true), ((bool)versions[1]["Published"]!, (bool)versions[1]["Latest"]!));
        Assert.Equal("Bản nháp sửa tiêu đề", versions[1]["DisplayText"]!.ToString());
        Assert.DoesNotContain(ContentData(export), i => i["ContentItemId"]!.ToString() == RemovedArticleId);
        Assert.Contains(ContentData(export), i => i["ContentItemId"]!.ToString() == MainMenuId &&
            i["MenuItemsListPart"]!["MenuItems"]!.AsArray().Any(m => m!["DisplayText"]!.ToString() == "Thư viện ảnh"));
        Assert.Equal(["feature", "themes", "settings", "Roles", "ContentDefinition", "content", "VisitCounter"], StepNames(export));
    }

    [Fact]
    public async Task Export_SomeTypesWithoutContent_HasTheirDefinitionsOnly()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        site.CreateClient();

        var export = await site.InScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportAsync(
            new RecipeExportOptions { ContentTypes = ["article", "Event"], IncludeContent = false }));

        Assert.DoesNotContain("content", StepNames(export));
        var definitions = Step(export, "ContentDefinition");
        Assert.Equal(["Article", "Event"], definitions["ContentTypes"]!.AsArray().Select(t => t!["Name"]!.ToString()));
        Assert.Equal(["Article", "Event"], definitions["ContentParts"]!.AsArray().Select(p => p!["Name"]!.ToString()));
    }

    [Fact]
    public async Task Export_SomeTypes_HasOnlyTheirItems()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = await StartEditedSiteAsync(database);

        var export = await site.InScopeAsync(sp => sp.GetRequiredService<RecipeExporter>().ExportAsync(new RecipeExportOptions { ContentTypes = ["Event"] }));

        Assert.Equal(8, ContentData(export).Count);
        Assert.All(ContentData(export), i => Assert.Equal("Event", i["ContentType"]!.ToString()));
    }

    [Fact]
    public async Task Export_UnknownType_IsRefusedListingTheTypes()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        site.CreateClient();

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.InScopeAsync(sp =>
            sp.GetRequiredService<RecipeExporter>().ExportAsync(new RecipeExportOptions { ContentTypes = ["Khong"] })));

        Assert.Contains("'Khong'", error.Message);
        Assert.Contains("Article", error.Message);
    }

    [Theory]
    [InlineData(RecipeExportFileMode.BesideRecipe)]
    [InlineData(RecipeExportFileMode.Base64)]
    public async Task Export_ModuleSourceWithFiles_FilesTravelBesideOrInside(RecipeExportFileMode mode)
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        site.CreateClient();
        var export = await site.InScopeAsync(sp =>
            new RecipeExporter([.. sp.GetServices<IRecipeExportSource>(), new MediaLikeSource()], sp.GetRequiredService<Portal.Core.Content.Definitions.ContentDefinitionManager>(),
                sp.GetRequiredService<Portal.Core.Settings.SiteSettingsManager>(), TimeProvider.System)
            .ExportAsync(new RecipeExportOptions { Files = mode, IncludeContent = false }));

        Assert.Equal(["feature", "themes", "settings", "Roles", "ContentDefinition", "media", "VisitCounter"], StepNames(export));
        var entry = Step(export, "media")["Files"]![0]!.AsObject();
        Assert.Equal("anh/logo.png", entry["TargetPath"]!.ToString());
        var folder = Path.Combine(database.AppDataPath, "out");
        await RecipeExportWriter.WriteFileAsync(export, Path.Combine(folder, "site.recipe.json"));
        using var zipped = new MemoryStream();
        await RecipeExportWriter.WriteZipAsync(export, zipped);
        using var zip = new ZipArchive(new MemoryStream(zipped.ToArray()));
        if (mode == RecipeExportFileMode.Base64)
        {
            Assert.Equal(Convert.ToBase64String(MediaLikeSource.Bytes), entry["Base64"]!.ToString());
            Assert.False(Directory.Exists(Path.Combine(folder, "files")));
            Assert.Equal(["recipe.json"], zip.Entries.Select(e => e.FullName));
        }
        else
        {
            Assert.Equal("files/anh/logo.png", entry["SourcePath"]!.ToString());
            Assert.Equal(MediaLikeSource.Bytes, await File.ReadAllBytesAsync(Path.Combine(folder, "files", "anh", "logo.png")));
            Assert.Equal(["recipe.json", "files/anh/logo.png"], zip.Entries.Select(e => e.FullName));
        }

        // The written recipe reads back and its files are found where the media step will look.
        var reread = RecipeReader.ReadFile(Path.Combine(folder, "site.recipe.json"));
        Assert.Equal(export.Recipe["name"]!.ToString(), reread.Name);
    }

    /// <summary>What the Media module's source will do: a media step whose files travel with the recipe.</summary>
    private sealed class MediaLikeSource : IRecipeExportSource
    {
        public static readonly byte[] Bytes = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];

        public int Order => RecipeExportOrder.Media;

        public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
        {
            var entry = await context.AddFileAsync("anh/logo.png", () => new MemoryStream(Bytes), cancellationToken);
            context.AddStep(new JsonObject { ["name"] = "media", ["Files"] = new JsonArray(entry) }, "1 tệp");
        }
    }

    /// <summary>The site recipe, the demo content, then an admin's work: a new published version, a draft on top, a removal, a menu entry, a setting.</summary>
    internal static async Task<PortalSite> StartEditedSiteAsync(TestDatabase database)
    {
        var site = new PortalSite(database);
        site.CreateClient();
        Assert.True((await PublicSiteFixture.ImportAsync(site, TestPaths.Recipe("demo-content.recipe.json"))).Succeeded);
        await site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            await manager.PublishAsync(Retitled((await manager.GetAsync(EditedArticleId, VersionOptions.Latest))!, "Bài mẫu đã sửa và đăng lại"));
            await manager.SaveDraftAsync(Retitled((await manager.GetAsync(DraftedArticleId, VersionOptions.Latest))!, "Bản nháp sửa tiêu đề"));
            await manager.RemoveAsync(RemovedArticleId);
            var menu = (await manager.GetAsync(MainMenuId, VersionOptions.Latest))!;
            menu.Part("MenuItemsListPart")!["MenuItems"]!.AsArray().Add(new JsonObject
            {
                ["ContentItemId"] = "4mnthuvienanh0000000000000",
                ["ContentType"] = "LinkMenuItem",
                ["DisplayText"] = "Thư viện ảnh",
                ["LinkMenuItemPart"] = new JsonObject { ["Name"] = "Thư viện ảnh", ["Url"] = "~/thu-vien-anh" },
            });
            await manager.PublishAsync(menu);
        });
        var settings = await RecipeExecutorTests.RunAsync(site, """
        { "name": "edit-settings", "steps": [ { "name": "settings", "PageSize": 7, "FooterSettings": { "Phone": "0237 3 000 000" } } ] }
        """);
        Assert.True(settings.Succeeded, string.Join("; ", settings.Errors));
        return site;
    }

    internal static Task<RecipeReport> ImportFileAsync(PortalSite site, string file, bool dryRun = false) => site.InScopeAsync(async sp =>
        await sp.GetRequiredService<RecipeExecutor>().RunAsync(RecipeReader.ReadFile(file),
            new RecipeRunOptions { DryRun = dryRun, Parameters = await RecipeParameters.ForAdministratorAsync(sp) }));

    /// <summary>Every published and latest version, as its JSON (ids, flags, dates, people, parts), sorted.</summary>
    internal static async Task<List<string>> CurrentVersionsAsync(PortalSite site)
    {
        await using var db = site.OpenDb();
        var ids = await db.ContentItems.Where(r => r.Published || r.Latest).Select(r => r.ContentItemId).Distinct().ToListAsync();
        return await site.InScopeAsync(async sp =>
        {
            var manager = sp.GetRequiredService<IContentManager>();
            var versions = new List<string>();
            foreach (var options in new[] { VersionOptions.Published, VersionOptions.Latest })
            {
                versions.AddRange((await manager.GetManyAsync(ids, options)).Select(i => $"{options}: {ContentJson.ToText(i)}"));
            }

            versions.Sort(StringComparer.Ordinal);
            return versions;
        });
    }

    private static async Task<List<string>> RoutesAsync(PortalSite site)
    {
        await using var db = site.OpenDb();
        var routes = await db.Autoroutes.Select(r => $"{r.PathKey}|{r.ContentItemId}|{r.ContainedContentItemId}|{r.Published}|{r.Latest}").ToListAsync();
        routes.Sort(StringComparer.Ordinal);
        return routes;
    }

    /// <summary>The list pages, feeds and every published item's page of the site.</summary>
    private static async Task<List<string>> PublicPathsAsync(PortalSite site)
    {
        await using var db = site.OpenDb();
        var paths = await db.Autoroutes.Where(r => r.Published).Select(r => "/" + r.Path).ToListAsync();
        paths.Sort(StringComparer.Ordinal);
        return ["/", "/tin-tuc", "/tin-tuc?page=2", "/su-kien", "/hoi-thanh-vien", "/sitemap.xml", "/rss.xml", .. paths];
    }

    /// <summary>A page as it must match; the sitemap lists its URLs in the order the routes were stored, so its URLs are compared as a set.</summary>
    private static string Comparable(string path, string body) => path != "/sitemap.xml" ? body
        : string.Join("\n", System.Xml.Linq.XDocument.Parse(body).Root!.Elements().Select(e => e.ToString()).Order(StringComparer.Ordinal));

    private static ContentItem Retitled(ContentItem item, string title)
    {
        item.Part("TitlePart")!["Title"] = title;
        item.DisplayText = title;
        return item;
    }

    private static List<string> StepNames(RecipeExport export) =>
        export.Recipe["steps"]!.AsArray().Select(s => s!["name"]!.ToString()).ToList();

    private static JsonObject Step(RecipeExport export, string name) =>
        export.Recipe["steps"]!.AsArray().Single(s => s!["name"]!.ToString() == name)!.AsObject();

    private static List<JsonObject> ContentData(RecipeExport export) =>
        Step(export, "content")["data"]!.AsArray().Select(i => i!.AsObject()).ToList();
}
