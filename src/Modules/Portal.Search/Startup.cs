using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Services;
using Portal.Core.Content.Handlers;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Routing;
using Portal.Search.Data;
using Portal.Search.Endpoints;
using Portal.Search.Handlers;
using Portal.Search.Indexing;
using Portal.Search.Liquid;
using Portal.Search.Models;
using Portal.Search.Services;
using Portal.Theming.Liquid;

namespace Portal.Search;

/// <summary>
/// Search for readers: the full-text index (SQLite FTS5 or PostgreSQL tsvector), kept by a content handler,
/// the page <c>/tim-kiem</c>, and the index rebuild used by the <c>search rebuild</c> command.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override FeatureInfo Feature { get; } = new("Portal.Search", "Tìm kiếm", ["OrchardCore.Search", "OrchardCore.Search.Lucene", "OrchardCore.Indexing"]);

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddPortalDbContext<SearchDbContext, SqliteSearchDbContext, PostgresSearchDbContext>(SearchMigrations.HistoryTable);
        services.AddOptions<SearchOptions>();
        services.AddSingleton<SearchDocumentBuilder>();
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<PortalDatabase>().Provider == DatabaseProvider.Sqlite
            ? ActivatorUtilities.CreateInstance<SqliteSearchIndex>(sp)
            : ActivatorUtilities.CreateInstance<PostgresSearchIndex>(sp));
        services.AddScoped<IContentHandler, SearchIndexHandler>();
        services.AddScoped<SearchIndexRebuilder>();
        services.AddScoped<SearchPage>();
        services.AddSingleton<ILiquidConfigurator, SearchViewModels>();

        // Cached like the other public pages (evicted with them on any content change), but keyed by the two values
        // that change the page: "?q=a&utm=1" and "?q=a" are one entry, so junk parameters cannot fill the cache.
        services.AddOutputCache(options => options.AddPolicy(SearchEndpoints.CachePolicy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery(SearchPage.QueryKey, Theming.Rendering.PageNumber.QueryKey)
            .Tag(PublicPages.CacheTag)
            .AddPolicy<SecondRequestCachePolicy>()));
        services.Configure<ReservedPathOptions>(options => options.Exact.Add(SearchPage.RoutePath));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSearchEndpoints();
}
