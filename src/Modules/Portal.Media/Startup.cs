using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Recipes.Export;
using Portal.Media.Endpoints;
using Portal.Media.Models;
using Portal.Media.Recipes;
using Portal.Media.Services;

namespace Portal.Media;

/// <summary>The media library: files under <c>&lt;AppDataPath&gt;/media</c>, served at <c>/media/...</c>, resized on demand; the <c>media</c> recipe step and its export.</summary>
public sealed class Startup : ModuleStartup
{
    public override FeatureInfo Feature { get; } = new("Portal.Media", "Thư viện media", ["OrchardCore.Media"]);

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section);
        services.AddSingleton<ImageResizer>();
        services.AddSingleton<MediaStore>();
        services.AddScoped<MediaAltTexts>();
        services.AddScoped<MediaLibrary>();
        services.AddRecipeStep<MediaStep>();
        services.AddRecipeExportSource<MediaExportSource>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMediaFileEndpoints();
}
