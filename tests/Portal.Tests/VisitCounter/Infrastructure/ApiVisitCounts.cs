namespace Portal.Tests.VisitCounter.Infrastructure;

/// <summary>What <c>GET /api/visits</c> answers.</summary>
public sealed record ApiVisitCounts(long Online, long Today, long Total, long PageViewsToday);
