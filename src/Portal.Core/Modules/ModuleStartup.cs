using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Modules;

/// <summary>
/// The single registration point of a module: its feature, services, middleware and endpoints.
/// Each module project has exactly one class named <c>Startup</c> deriving from this.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>The feature this module provides; enabled and disabled by the <c>feature</c> recipe step.</summary>
    public abstract FeatureInfo Feature { get; }

    /// <summary>Lower runs first (services, middleware and endpoints alike).</summary>
    public virtual int Order => 0;

    /// <summary>Registers services. Runs whether or not the feature is enabled: enabling is a runtime switch.</summary>
    public virtual void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
    }

    /// <summary>Adds middleware. The host only runs it while the feature is enabled.</summary>
    public virtual void Configure(IApplicationBuilder app)
    {
    }

    /// <summary>Maps endpoints. The host answers 404 for them while the feature is disabled.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
