using System.Net.Http.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.VisitCounter.Infrastructure;

/// <summary>What the visit-counter tests do with a running site process.</summary>
public static class PortalServerVisits
{
    public static async Task<ApiVisitCounts> ApiAsync(this PortalServer server) => (await server.Client.GetFromJsonAsync<ApiVisitCounts>("/api/visits"))!;

    /// <summary>Polls <c>/api/visits</c> until the numbers satisfy <paramref name="condition"/> (they change only after a flush).</summary>
    public static async Task<ApiVisitCounts> WaitForAsync(this PortalServer server, Func<ApiVisitCounts, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var counts = await server.ApiAsync();
            if (condition(counts) || DateTime.UtcNow > deadline)
            {
                return counts;
            }

            await Task.Delay(100);
        }
    }

    public static async Task VisitAsync(this PortalServer server, string path, string userAgent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        using var response = await server.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

}
