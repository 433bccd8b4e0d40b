using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using Portal.Core.Themes;
using Portal.Theming.Catalog;
using Portal.Theming.Liquid;
using Portal.Theming.Rendering;

namespace Portal.Theming;

/// <summary>Registers the theme engine and serves the themes' static files.</summary>
public static class ThemingServices
{
    public static IServiceCollection AddPortalTheming(this IServiceCollection services)
    {
        services.AddSingleton<ThemeCatalog>();
        services.AddSingleton<IThemeCatalog>(sp => sp.GetRequiredService<ThemeCatalog>());
        services.AddSingleton<ThemeFileProvider>();
        services.AddSingleton<ThemeTemplateCache>();
        services.AddSingleton<ThemeAssets>();
        services.AddSingleton<ILiquidConfigurator, ThemingFilters>();
        services.AddSingleton<ILiquidConfigurator, MarkdownFilter>();
        services.AddSingleton<ILiquidConfigurator, DateFilters>();
        services.AddSingleton<LiquidEnvironment>();
        services.AddSingleton<ThemeRenderer>();
        return services;
    }

    /// <summary>Serves each theme's <c>wwwroot</c> at <c>/themes/&lt;Name&gt;/</c>, cacheable for a year (URLs carry a hash).</summary>
    public static IApplicationBuilder UseThemeStaticFiles(this IApplicationBuilder app)
    {
        var catalog = app.ApplicationServices.GetRequiredService<ThemeCatalog>();
        foreach (var theme in catalog.All.Where(t => Directory.Exists(t.WwwRootPath)))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = $"{ThemeAssets.UrlPrefix}/{theme.Name}",
                FileProvider = new PhysicalFileProvider(theme.WwwRootPath),
                OnPrepareResponse = context =>
                    context.Context.Response.Headers[HeaderNames.CacheControl] = context.Context.Request.Query.ContainsKey("v")
                        ? "public, max-age=31536000, immutable"
                        : "public, max-age=86400",
            });
        }

        return app;
    }
}
