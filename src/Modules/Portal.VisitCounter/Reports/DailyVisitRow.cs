namespace Portal.VisitCounter.Reports;

/// <summary>One day of the statistics page: distinct visitors and page views.</summary>
public sealed record DailyVisitRow(DateOnly Day, long Visitors, long PageViews);
