using Microsoft.AspNetCore.Diagnostics;
using NLog;
using NLog.Extensions.Logging;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Options;
using Portal.Theming;
using Portal.Theming.Rendering;

namespace Portal.Web;

/// <summary>Builds the site from its modules: options, NLog, the core, the theme engine, then each module's Startup.</summary>
public static class PortalHost
{
    /// <summary>Registers NLog, the core and every module found in the host's references.</summary>
    public static void AddPortal(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var appData = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.AppDataPath));
        var environment = new PortalEnvironment(AppContext.BaseDirectory, appData);
        AddNLog(builder, appData);

        var modules = ModuleCatalog.Discover(typeof(PortalHost).Assembly);
        var context = new ModuleContext(builder.Configuration, options, environment);
        builder.Services.AddPortalCore(context, modules.Select(m => m.Feature));
        builder.Services.AddPortalTheming();
        // Bounded so that a site with 100,000 pages stays within its memory budget: the pages worth keeping are the
        // hot ones (home, lists), which stay; a long tail of articles is rendered again when asked.
        builder.Services.AddOutputCache(cache => cache.SizeLimit = options.OutputCacheMegabytes * 1024L * 1024L);
        foreach (var module in modules)
        {
            module.ConfigureServices(builder.Services, context);
        }

        builder.Services.AddSingleton(modules);
    }

    /// <summary>The request pipeline: errors, headers, theme files, each enabled module's middleware, output cache, endpoints.</summary>
    public static void UsePortal(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorPage.RenderAsync });
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseThemeStaticFiles();
        app.UseRouting();
        app.UseMiddleware<FeatureGateMiddleware>();

        var modules = app.Services.GetRequiredService<IReadOnlyList<ModuleStartup>>();
        var features = app.Services.GetRequiredService<FeatureState>();
        foreach (var module in modules)
        {
            var id = module.Feature.Id;
            app.UseWhen(_ => features.IsEnabled(id), branch => module.Configure(branch));
        }

        app.UseOutputCache();
        foreach (var module in modules)
        {
            module.MapEndpoints(app.MapGroup("").WithMetadata(new FeatureMetadata(module.Feature.Id)));
        }
    }

    private static void AddNLog(WebApplicationBuilder builder, string appData)
    {
        // One NLog factory per host (not the static LogManager), so hosts side by side in tests log to their own folders.
        var factory = new LogFactory();
        var configFile = Path.Combine(AppContext.BaseDirectory, "NLog.config");
        factory.Setup().LoadConfigurationFromFile(configFile, optional: false);
        factory.Configuration!.Variables["appDataPath"] = appData.Replace('\\', '/');
        factory.ReconfigExistingLoggers();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new NLogLoggerProvider(new NLogProviderOptions(), factory));
        builder.Services.AddSingleton(factory);
    }
}
