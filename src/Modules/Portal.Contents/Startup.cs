using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Endpoints;
using Portal.Contents.Services;
using Portal.Core;
using Portal.Core.Modules;

namespace Portal.Contents;

/// <summary>The public site: the home page, every item at its path, and the 404 page.</summary>
public sealed class Startup : ModuleStartup
{
    public override FeatureInfo Feature { get; } = new("Portal.Contents", "Trang công khai", ["OrchardCore.Feeds", "OrchardCore.Lists"], AlwaysEnabled: true);

    // Last: its catch-all route must not shadow other modules' endpoints.
    public override int Order => 1000;

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddScoped<PublicPages>();
        services.AddListener<OutputCacheEvictor>();
        services.AddOutputCache(options => options.AddPolicy(PublicPages.CachePolicy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery("*")
            .Tag(PublicPages.CacheTag)));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPublicPageEndpoints();
}
