using Microsoft.AspNetCore.Http;
using Portal.Core.Routing;

namespace Portal.VisitCounter.Counting;

/// <summary>Turns a counted request into a hit in memory: day, visitor hash, time, and the content item at its path.</summary>
public sealed class VisitRecorder(VisitAggregator aggregator, VisitorHasher hasher, RouteTable routes, TimeProvider clock)
{
    public void Record(HttpContext http)
    {
        if (!hasher.IsReady)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var day = VisitDays.DayOf(now);
        var visitor = hasher.Hash(day, http.Connection.RemoteIpAddress, http.Request.Headers.UserAgent.ToString());
        aggregator.Record(new VisitHit(day, visitor, now.ToUnixTimeSeconds(), ContentItemAt(http.Request.Path.Value)));
    }

    /// <summary>The item shown at the path (terms and the home page are not items of their own).</summary>
    private string? ContentItemAt(string? path) =>
        path is { Length: > 1 } && routes.TryResolve(path, out var target) && target.TermContentItemId is null ? target.ContentItemId : null;
}
