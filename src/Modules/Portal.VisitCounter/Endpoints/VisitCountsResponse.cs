namespace Portal.VisitCounter.Endpoints;

/// <summary>The body of <c>GET /api/visits</c>: <c>{"online": N, "today": N, "total": N, "pageViewsToday": N}</c>.</summary>
public sealed record VisitCountsResponse(long Online, long Today, long Total, long PageViewsToday);
