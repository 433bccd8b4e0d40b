using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Portal.VisitCounter.Counting;
using Portal.VisitCounter.Filtering;

namespace Portal.VisitCounter.Middleware;

/// <summary>
/// Counts page views. It runs before the output cache, so cached pages count too, and decides after the
/// response (200, text/html). It only touches memory: the database is written by the flush, never here.
/// </summary>
public sealed class VisitCountingMiddleware(RequestDelegate next, VisitRequestFilter filter, VisitRecorder recorder, ILogger<VisitCountingMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context) =>
        filter.IsCandidate(context.Request) ? CountAfterAsync(context) : next(context);

    private async Task CountAfterAsync(HttpContext context)
    {
        await next(context);
        if (!VisitRequestFilter.IsCountedResponse(context.Response))
        {
            return;
        }

        try
        {
            recorder.Record(context);
        }
        catch (Exception ex)
        {
            // The page is already sent: a counting fault must not turn it into an error. No address or User-Agent is logged.
            logger.LogWarning(ex, "A page view of {Path} could not be counted", context.Request.Path);
        }
    }
}
