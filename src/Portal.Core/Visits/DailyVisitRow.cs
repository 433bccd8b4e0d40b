namespace Portal.Core.Visits;

/// <summary>One day of the visit statistics: distinct visitors and page views.</summary>
/// <param name="Day">The Vietnamese calendar day.</param>
/// <param name="Visitors">Distinct visitors of the day.</param>
/// <param name="PageViews">Page views of the day.</param>
public sealed record DailyVisitRow(DateOnly Day, long Visitors, long PageViews);
