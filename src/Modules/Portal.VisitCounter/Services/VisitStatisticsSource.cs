using Portal.Core.Modules;
using Portal.Core.Visits;
using Portal.VisitCounter.Reports;

namespace Portal.VisitCounter.Services;

/// <summary>
/// The counter's answer to the dashboard's <see cref="IVisitStatisticsSource"/>: live numbers from memory (refreshed
/// by every flush), history from the database. Registered whether or not the feature is on (enabling is a runtime
/// switch), so it asks <see cref="FeatureState"/> each time and says nothing while the counter is disabled.
/// </summary>
public sealed class VisitStatisticsSource(VisitStatistics statistics, VisitReports reports, FeatureState features) : IVisitStatisticsSource
{
    public bool IsEnabled => features.IsEnabled(Startup.FeatureId);

    public Task<VisitFigures?> GetFiguresAsync(CancellationToken cancellationToken = default)
    {
        if (!IsEnabled)
        {
            return Task.FromResult<VisitFigures?>(null);
        }

        var counts = statistics.Current;
        return Task.FromResult<VisitFigures?>(new VisitFigures(counts.Online, counts.Today, counts.Total, counts.PageViewsToday));
    }

    public async Task<IReadOnlyList<DailyVisitRow>> GetDailyAsync(int days, CancellationToken cancellationToken = default) =>
        IsEnabled ? await reports.GetDailyAsync(days, cancellationToken) : [];

    public async Task<IReadOnlyList<MostReadItem>> GetMostReadAsync(int count, int? days = null, CancellationToken cancellationToken = default) =>
        IsEnabled ? await reports.GetMostReadAsync(count, days, cancellationToken) : [];
}
