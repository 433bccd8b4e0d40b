namespace Portal.VisitCounter.Services;

/// <summary>The numbers of the "Thống kê truy cập" block, as of the last flush of the day <see cref="Day"/>.</summary>
public sealed record VisitCounts(DateOnly Day, long Online, long Today, long Total, long PageViewsToday)
{
    public static readonly VisitCounts Empty = new(DateOnly.MinValue, 0, 0, 0, 0);
}
