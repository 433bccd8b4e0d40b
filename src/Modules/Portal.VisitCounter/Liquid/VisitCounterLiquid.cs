using Fluid;
using Fluid.Values;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Liquid;
using Portal.Core.Modules;
using Portal.Theming.Liquid;
using Portal.VisitCounter.Data;
using Portal.VisitCounter.Services;

namespace Portal.VisitCounter.Liquid;

/// <summary>
/// Makes <c>Visits</c> available to every template of every theme, and the filter <c>view_count</c>:
/// <c>{{ Model | view_count | number_vi }}</c> gives an item's page views ("Lượt xem") as of the last flush.
/// </summary>
public sealed class VisitCounterLiquid(VisitStatistics statistics, FeatureState features, PortalContextFactory<VisitCounterDbContext> contexts) : ILiquidConfigurator
{
    public const string GlobalName = "Visits";

    public void Configure(TemplateOptions options)
    {
        options.Scope.SetValue(GlobalName, new VisitsFluidValue(statistics, features));
        options.Filters.AddFilter("view_count", ViewCountAsync);
    }

    /// <summary>One primary-key read; pages that show it are output-cached, so it runs once per page per cache period.</summary>
    private async ValueTask<FluidValue> ViewCountAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var id = input is ContentItemFluidValue item ? item.Item.ContentItemId : input.ToStringValue();
        if (string.IsNullOrEmpty(id))
        {
            return NumberValue.Zero;
        }

        await using var db = contexts.Create();
        var views = await db.ItemViews.AsNoTracking().Where(v => v.ContentItemId == id).Select(v => (long?)v.Views).SingleOrDefaultAsync();
        return NumberValue.Create(views ?? 0);
    }
}
