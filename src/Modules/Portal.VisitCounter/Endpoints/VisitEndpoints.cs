using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.VisitCounter.Services;

namespace Portal.VisitCounter.Endpoints;

/// <summary><c>GET /api/visits</c>: the numbers of the statistics block, for the theme's script to refresh cached pages.</summary>
public static class VisitEndpoints
{
    public const string Path = "/api/visits";

    public static IEndpointRouteBuilder MapVisitCounterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Served from memory (refreshed by every flush) and never counted as a visit (/api is excluded).
        endpoints.MapGet(Path, (HttpContext http, VisitStatistics statistics) =>
        {
            http.Response.Headers.CacheControl = "no-cache";
            var counts = statistics.Current;
            return TypedResults.Json(new VisitCountsResponse(counts.Online, counts.Today, counts.Total, counts.PageViewsToday));
        });
        return endpoints;
    }
}
