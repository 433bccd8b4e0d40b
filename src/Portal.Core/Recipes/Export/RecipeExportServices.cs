using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes.Export.Sources;

namespace Portal.Core.Recipes.Export;

/// <summary>Registers the exporter and the core's export sources; modules add theirs with <see cref="AddRecipeExportSource{TSource}"/>.</summary>
public static class RecipeExportServices
{
    public static IServiceCollection AddRecipeExport(this IServiceCollection services)
    {
        services.AddScoped<RecipeExporter>();
        services.AddRecipeExportSource<FeatureExportSource>();
        services.AddRecipeExportSource<ThemesExportSource>();
        services.AddRecipeExportSource<SettingsExportSource>();
        services.AddRecipeExportSource<RolesExportSource>();
        services.AddRecipeExportSource<ContentDefinitionExportSource>();
        services.AddRecipeExportSource<ContentExportSource>();
        return services;
    }

    /// <summary>Registers a source of exported steps (modules call this from their Startup).</summary>
    public static IServiceCollection AddRecipeExportSource<TSource>(this IServiceCollection services) where TSource : class, IRecipeExportSource =>
        services.AddScoped<IRecipeExportSource, TSource>();
}
