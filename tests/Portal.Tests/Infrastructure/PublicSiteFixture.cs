using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Recipes;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// One site per provider, set up by the site recipe with the demo content imported and one draft article added,
/// shared by read-only tests of the public pages (tests that change content start a site of their own).
/// </summary>
public sealed class PublicSiteFixture : IAsyncLifetime
{
    public const string DraftPath = "tin-tuc/ban-nhap-chua-dang";
    public const string SeedArticlePath = "/tin-tuc/lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-thanh-hoa-lam-viec-voi-tap-the-lanh-dao-huyen-thach-thanh-ve-noi-dung-phoi-hop";

    private readonly Dictionary<string, Task<PortalSite>> sites = [];
    private readonly List<(TestDatabase Database, PortalSite Site)> started = [];
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The shared site on that provider, started on first use.</summary>
    public async Task<PortalSite> SiteAsync(string provider)
    {
        await gate.WaitAsync();
        try
        {
            if (!sites.TryGetValue(provider, out var site))
            {
                site = StartAsync(provider);
                sites[provider] = site;
            }

            return await site;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Fetches a page of the shared site and parses it.</summary>
    public async Task<(HttpStatusCode Status, IHtmlDocument Document, string Html)> GetAsync(string provider, string path)
    {
        var site = await SiteAsync(provider);
        var response = await site.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, new HtmlParser().ParseDocument(html), html);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (database, site) in started)
        {
            await site.DisposeAsync();
            database.Dispose();
        }
    }

    /// <summary>Imports a recipe file into a running site and returns the report.</summary>
    public static Task<RecipeReport> ImportAsync(PortalSite site, string recipePath) => site.InScopeAsync(services =>
        services.GetRequiredService<RecipeExecutor>().RunAsync(RecipeReader.ReadFile(recipePath), new RecipeRunOptions()));

    private async Task<PortalSite> StartAsync(string provider)
    {
        var database = TestDatabase.Create(provider);
        var site = new PortalSite(database);
        started.Add((database, site));
        site.CreateClient();
        var report = await ImportAsync(site, TestPaths.Recipe("demo-content.recipe.json"));
        Assert.True(report.Succeeded, string.Join("; ", report.Errors.Select(e => e.Message)));
        await site.InScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<IContentManager>();
            var draft = await manager.NewAsync("Article");
            draft.DisplayText = "Bản nháp chưa đăng";
            draft.Content["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = "Bản nháp chưa đăng" };
            draft.Content["AutoroutePart"] = new System.Text.Json.Nodes.JsonObject { ["Path"] = DraftPath };
            await manager.SaveDraftAsync(draft);
        });
        return site;
    }
}
