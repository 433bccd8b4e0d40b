using Portal.Core.Visits;

namespace Portal.Admin.Visits;

/// <summary>
/// The visit statistics the dashboard may show: the first installed <see cref="IVisitStatisticsSource"/> that is
/// enabled, or none (no counter in the build, or its feature disabled), in which case pages leave visits out.
/// </summary>
public sealed class AdminVisitStatistics(IEnumerable<IVisitStatisticsSource> sources)
{
    public IVisitStatisticsSource? Source => sources.FirstOrDefault(s => s.IsEnabled);
}
