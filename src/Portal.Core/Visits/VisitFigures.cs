namespace Portal.Core.Visits;

/// <summary>The numbers of the "Thống kê truy cập" block: online now, distinct visitors today, the all-time total, page views today.</summary>
/// <param name="Online">"Đang online": distinct visitors seen within the online window.</param>
/// <param name="Today">"Hôm nay": distinct visitors of the Vietnamese calendar day.</param>
/// <param name="Total">"Đã truy cập": the starting total plus the distinct visitors of every day since.</param>
/// <param name="PageViewsToday">Page views of the Vietnamese calendar day.</param>
public sealed record VisitFigures(long Online, long Today, long Total, long PageViewsToday);
