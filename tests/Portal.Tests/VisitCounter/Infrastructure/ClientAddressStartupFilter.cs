using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Portal.Tests.VisitCounter.Infrastructure;

/// <summary>
/// The test server has no client address; this puts the one a test names (header <see cref="HeaderName"/>) on the
/// connection before anything else runs, as a real connection from that address would.
/// </summary>
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public const string HeaderName = "X-Test-Client-Ip";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(HeaderName, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.Remove(HeaderName);
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
