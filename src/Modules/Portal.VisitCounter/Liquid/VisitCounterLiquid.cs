using Fluid;
using Portal.Theming.Liquid;
using Portal.VisitCounter.Services;

namespace Portal.VisitCounter.Liquid;

/// <summary>Makes <c>Visits</c> available to every template of every theme.</summary>
public sealed class VisitCounterLiquid(VisitStatistics statistics) : ILiquidConfigurator
{
    public const string GlobalName = "Visits";

    public void Configure(TemplateOptions options) => options.Scope.SetValue(GlobalName, new VisitsFluidValue(statistics));
}
