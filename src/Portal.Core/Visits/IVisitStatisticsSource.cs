namespace Portal.Core.Visits;

/// <summary>
/// Visit statistics for the admin dashboard, provided by a module that counts visits (the visit counter).
/// The contract lives in the core so that the dashboard (the UI) and the counter (a feature that may be disabled
/// or left out of the build) never reference each other: with no implementation registered, or while the
/// counting feature is disabled, the dashboard shows nothing about visits.
/// </summary>
public interface IVisitStatisticsSource
{
    /// <summary>False while the counting feature is disabled; the other members then answer null or empty lists.</summary>
    bool IsEnabled { get; }

    /// <summary>The live numbers of the "Thống kê truy cập" block (at most one flush old); null while disabled.</summary>
    Task<VisitFigures?> GetFiguresAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Visitors and page views of each of the last <paramref name="days"/> days up to today (the Vietnamese
    /// calendar day), oldest first, days without visits as zeros.
    /// </summary>
    Task<IReadOnlyList<DailyVisitRow>> GetDailyAsync(int days, CancellationToken cancellationToken = default);

    /// <summary>
    /// The <paramref name="count"/> most read content items over the last <paramref name="days"/> days (today included),
    /// or since counting began when <paramref name="days"/> is null; most views first.
    /// </summary>
    Task<IReadOnlyList<MostReadItem>> GetMostReadAsync(int count, int? days = null, CancellationToken cancellationToken = default);
}
