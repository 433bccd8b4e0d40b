namespace Portal.Admin.Dashboard;

/// <summary>
/// The extension point for "today's visits" on the dashboard home: a module that counts visits (the visit counter)
/// registers an implementation; without one the dashboard simply leaves the figure out.
/// </summary>
public interface IVisitStatisticsSource
{
    /// <summary>Visits today (the Vietnamese calendar day), people online now, and the all-time total.</summary>
    Task<VisitFigures> GetAsync(CancellationToken cancellationToken = default);
}
