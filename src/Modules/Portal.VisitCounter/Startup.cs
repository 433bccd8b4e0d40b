using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Recipes.Export;
using Portal.Core.Visits;
using Portal.Theming.Liquid;
using Portal.VisitCounter.Counting;
using Portal.VisitCounter.Data;
using Portal.VisitCounter.Endpoints;
using Portal.VisitCounter.Filtering;
using Portal.VisitCounter.Liquid;
using Portal.VisitCounter.Middleware;
using Portal.VisitCounter.Options;
using Portal.VisitCounter.Recipes;
using Portal.VisitCounter.Reports;
using Portal.VisitCounter.Services;

namespace Portal.VisitCounter;

/// <summary>
/// The visit counter: "Đang online", "Hôm nay", "Đã truy cập", page views per day and per item. Counts in memory
/// on the request path, adds to the database in the background, serves <c>/api/visits</c>, the Liquid <c>Visits</c>
/// and the dashboard's <see cref="IVisitStatisticsSource"/>.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public const string FeatureId = "Portal.VisitCounter";

    public override FeatureInfo Feature { get; } = new(FeatureId, "Thống kê truy cập", []);

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        var options = context.Configuration.GetSection(VisitCounterOptions.Section).Get<VisitCounterOptions>() ?? new VisitCounterOptions();
        if (options.Validate() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var forwarded = TrustedProxies.ToForwardedHeadersOptions(options.TrustedProxies);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(new VisitCounterPipeline(forwarded));

        services.AddPortalDbContext<VisitCounterDbContext, SqliteVisitCounterDbContext, PostgresVisitCounterDbContext>(VisitCounterDbContext.MigrationsHistoryTable);
        services.AddSingleton(BotDetector.FromEmbeddedList());
        services.AddSingleton<VisitRequestFilter>();
        services.AddSingleton<VisitorHasher>();
        services.AddSingleton<VisitorHashCache>();
        services.AddSingleton<VisitAggregator>();
        services.AddSingleton<VisitRecorder>();
        services.AddSingleton<VisitStatistics>();
        services.AddSingleton<VisitStore>();
        services.AddSingleton<VisitFlushService>();
        services.AddHostedService(sp => sp.GetRequiredService<VisitFlushService>());
        services.AddSingleton<VisitReports>();
        services.AddSingleton<IVisitStatisticsSource, VisitStatisticsSource>();
        services.AddSingleton<ILiquidConfigurator, VisitCounterLiquid>();
        services.AddRecipeStep<VisitCounterStep>();
        services.AddRecipeExportSource<VisitCounterExportSource>();
    }

    /// <summary>Runs before the output cache (the host's order), so pages served from the cache are counted.</summary>
    public override void Configure(IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<VisitCounterPipeline>().ForwardedHeaders is { } forwarded)
        {
            app.UseForwardedHeaders(forwarded);
        }

        app.UseMiddleware<VisitCountingMiddleware>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapVisitCounterEndpoints();
}
