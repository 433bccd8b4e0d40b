namespace Portal.Admin.Dashboard;

/// <summary>The figures of the visit statistics block: online now, today, total.</summary>
public sealed record VisitFigures(long Online, long Today, long Total);
