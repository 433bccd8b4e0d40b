using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Endpoints;
using Portal.Contents.Feeds;
using Portal.Contents.Liquid;
using Portal.Contents.Lists;
using Portal.Contents.Menus;
using Portal.Contents.Models;
using Portal.Contents.Services;
using Portal.Contents.Taxonomies;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Routing;
using Portal.Theming.Liquid;

namespace Portal.Contents;

/// <summary>The public site: the home page, list pages, every item at its path, feeds, sitemap and the 404 page.</summary>
public sealed class Startup : ModuleStartup
{
    public override FeatureInfo Feature { get; } = new("Portal.Contents", "Trang công khai", ["OrchardCore.Feeds", "OrchardCore.Lists"], AlwaysEnabled: true);

    // Last: its catch-all route must not shadow other modules' endpoints.
    public override int Order => 1000;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddListener<ContentListCache>();
        services.AddListener<MenuCache>();
        services.AddSingleton<ContentListQueries>();
        services.AddSingleton<TaxonomyTerms>();
        services.AddSingleton<SiteClock>();
        services.AddSingleton<ILiquidConfigurator, ContentFilters>();
        services.AddSingleton<ILiquidConfigurator, ContentViewModels>();
        services.AddSingleton<FieldViews>();
        services.AddSingleton<ILiquidConfigurator, FieldFilter>();

        services.AddScoped<NewsTaxonomy>();
        services.AddScoped<NotFoundPage>();
        services.AddScoped<ItemPageMeta>();
        services.AddScoped<HomePage>();
        services.AddScoped<ListPages>();
        services.AddScoped<PublicPages>();
        services.AddScoped<FeedPages>();
        services.AddListener<OutputCacheEvictor>();
        services.AddSingleton<SecondRequestCachePolicy>();
        services.AddOutputCache(options => options.AddPolicy(PublicPages.CachePolicy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery("*")
            .Tag(PublicPages.CacheTag)
            .AddPolicy<SecondRequestCachePolicy>()));

        // The list pages and feeds own these paths: no item may take them.
        services.Configure<ReservedPathOptions>(options =>
        {
            foreach (var path in new[] { SiteTypes.NewsPath, SiteTypes.EventsPath, SiteTypes.OrganizationsPath, "sitemap.xml", "rss.xml" })
            {
                options.Exact.Add(path);
            }
        });
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapListPageEndpoints();
        endpoints.MapFeedEndpoints();
        endpoints.MapPublicPageEndpoints();
    }
}
