using Fluid;
using Fluid.Values;
using Portal.Core.Modules;
using Portal.VisitCounter.Services;

namespace Portal.VisitCounter.Liquid;

/// <summary>
/// The Liquid global <c>Visits</c>: <c>Visits.Online</c>, <c>Visits.Today</c>, <c>Visits.Total</c>,
/// <c>Visits.PageViewsToday</c>, numbers read when the template renders (<c>{{ Visits.Total | number_vi }}</c> → "58.716").
/// While the feature is disabled it is false and empty, so themes show their placeholder (<c>{% if Visits %}</c>).
/// </summary>
public sealed class VisitsFluidValue(VisitStatistics statistics, FeatureState features) : ObjectValueBase(statistics)
{
    private bool Enabled => features.IsEnabled(Startup.FeatureId);

    public override bool ToBooleanValue() => Enabled;

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        if (!Enabled)
        {
            return new(NilValue.Instance);
        }

        var counts = statistics.Current;
        return new(name switch
        {
            "Online" => NumberValue.Create(counts.Online),
            "Today" => NumberValue.Create(counts.Today),
            "Total" => NumberValue.Create(counts.Total),
            "PageViewsToday" => NumberValue.Create(counts.PageViewsToday),
            _ => NilValue.Instance,
        });
    }

    public override string ToStringValue() => statistics.Current.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
