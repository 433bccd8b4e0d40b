using Ganss.Xss;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Changes;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Content.Handlers;
using Portal.Core.Data;
using Portal.Core.Documents;
using Portal.Core.Liquid;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Core.Recipes.Export;
using Portal.Core.Recipes.Steps;
using Portal.Core.Routing;
using Portal.Core.Settings;
using Portal.Core.Setup;

namespace Portal.Core;

/// <summary>Registers the content engine: store, caches, content manager, recipes and setup.</summary>
public static class PortalCoreServices
{
    public static IServiceCollection AddPortalCore(this IServiceCollection services, ModuleContext context, IEnumerable<FeatureInfo> moduleFeatures)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(context.Environment);
        services.AddSingleton(context.Options.Setup);
        services.AddSingleton(new PortalDatabase(context.Options.Database, context.Environment.AppDataPath));
        services.AddPortalDbContext<PortalDbContext, SqlitePortalDbContext, PostgresPortalDbContext>("__EFMigrationsHistory");

        services.AddIdentityCore<PortalUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>();

        // Caches: registered as listeners in the order they must forget (documents before what reads them).
        services.AddSingleton<ChangeBus>();
        services.AddScoped<PendingChanges>();
        services.AddListener<DocumentCache>();
        services.AddSingleton(new FeatureCatalog(moduleFeatures));
        services.AddListener<FeatureState>();
        services.AddListener<RouteTable>();
        services.AddListener<PublishedContentCache>();

        services.AddScoped<DocumentStore>();
        services.AddScoped<ContentDefinitionManager>();
        services.AddScoped<SiteSettingsManager>();
        services.AddOptions<ReservedPathOptions>();
        services.AddSingleton<AutoroutePatternRenderer>();
        services.AddSingleton<IHtmlSanitizer>(_ => CreateSanitizer());

        services.AddScoped<IContentHandler, TitlePartHandler>();
        services.AddScoped<IContentHandler, AutoroutePartHandler>();
        services.AddScoped<IContentHandler, HtmlSanitizingHandler>();
        services.AddScoped<IContentHandler, RequiredFieldsHandler>();
        services.AddScoped<IContentHandler, DateRangeHandler>();
        services.AddScoped<IContentHandler, FieldIndexHandler>();
        services.AddScoped<IContentManager, ContentManager>();

        services.AddScoped<RecipeExecutor>();
        services.AddRecipeStep<FeatureStep>();
        services.AddRecipeStep<ThemesStep>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<ContentDefinitionStep>();
        services.AddRecipeStep<ReplaceContentDefinitionStep>();
        services.AddRecipeStep<DeleteContentDefinitionStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddRecipeStep<RolesStep>();
        services.AddRecipeExport();
        services.AddSingleton<RecipeCatalog>();

        services.AddScoped<SetupService>();
        services.AddSingleton<PortalInitializer>();
        // The initializer must finish (schema, setup) before the watcher polls and before the server listens.
        services.AddHostedService(sp => sp.GetRequiredService<PortalInitializer>());
        services.AddHostedService<ChangeLogWatcher>();
        // Sign-in cookies and form tokens outlive a restart and are read by every node of a shared database. Registered
        // after the initializer: data protection's own hosted service reads the key table, which the schema creates.
        services.AddDataProtection().SetApplicationName("Portal").PersistKeysToDbContext<PortalDbContext>();
        return services;
    }

    /// <summary>Registers a recipe step handler (modules add their own steps this way).</summary>
    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services) where TStep : class, IRecipeStep =>
        services.AddScoped<IRecipeStep, TStep>();

    /// <summary>Registers a singleton that also hears about committed changes.</summary>
    public static IServiceCollection AddListener<TListener>(this IServiceCollection services) where TListener : class, IChangeListener
    {
        services.AddSingleton<TListener>();
        services.AddSingleton<IChangeListener>(sp => sp.GetRequiredService<TListener>());
        return services;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("target");
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.AllowedTags.Add("figure");
        sanitizer.AllowedTags.Add("figcaption");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        return sanitizer;
    }
}
