using AngleSharp.Html.Parser;
using Fluid;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Theming.Liquid;

namespace Portal.Tests.Contents.Liquid;

/// <summary>The "Thống kê truy cập" block's side of the contract with the visit counter: a Liquid global <c>Visits</c>.</summary>
public sealed class VisitStatsContractTests
{
    [Fact]
    public async Task VisitStats_WithVisitsGlobal_ShowsVietnameseNumbers()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        await using var withVisits = site.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<ILiquidConfigurator, VisitsGlobal>()));

        var page = new HtmlParser().ParseDocument(await withVisits.CreateClient().GetStringAsync("/"));

        Assert.Equal("4", page.QuerySelector("[data-testid=visits-online]")!.TextContent);
        Assert.Equal("89", page.QuerySelector("[data-testid=visits-today]")!.TextContent);
        Assert.Equal("58.716", page.QuerySelector("[data-testid=visits-total]")!.TextContent);
    }

    [Fact]
    public async Task VisitStats_VisitCounterDisabled_ShowsLabelsAndDashes()
    {
        using var database = TestDatabase.Create("Sqlite");
        var recipe = File.ReadAllText(TestPaths.Recipe("lienhiephoi.recipe.json"))
            .Replace("\"name\": \"feature\",", "\"name\": \"feature\", \"disable\": [ \"Portal.VisitCounter\" ],");
        await using var site = new PortalSite(database, TestPaths.WriteRecipe(Path.Combine(database.AppDataPath, "recipes"), recipe));

        var page = new HtmlParser().ParseDocument(await site.CreateClient().GetStringAsync("/"));

        var block = page.QuerySelector("[data-testid=visit-stats]")!;
        Assert.Equal(["Đang online:", "Hôm nay:", "Đã truy cập:"], block.QuerySelectorAll("dt").Select(d => d.TextContent).ToList());
        Assert.All(block.QuerySelectorAll("[data-visits]"), span => Assert.Equal("—", span.TextContent));
    }

    /// <summary>What the visit counter module will register: a global with Online, Today and Total.</summary>
    private sealed class VisitsGlobal : ILiquidConfigurator
    {
        public void Configure(TemplateOptions options)
        {
            options.MemberAccessStrategy.Register<VisitNumbers>();
            options.Scope.SetValue("Visits", Fluid.Values.FluidValue.Create(new VisitNumbers(), options));
        }
    }

    private sealed class VisitNumbers
    {
        public long Online => 4;
        public long Today => 89;
        public long Total => 58716;
    }
}
