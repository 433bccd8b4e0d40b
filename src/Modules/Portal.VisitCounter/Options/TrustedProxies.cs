using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Portal.VisitCounter.Options;

/// <summary>
/// The reverse proxies listed in <c>Portal:VisitCounter:TrustedProxies</c>, as ASP.NET's forwarded-headers options:
/// <c>X-Forwarded-For</c> is read only when the connection comes from one of them, and only as far back through
/// the chain as the hops are themselves trusted.
/// </summary>
public static class TrustedProxies
{
    /// <summary>The options, or null when no proxy is trusted (then forwarded headers are ignored entirely).</summary>
    public static ForwardedHeadersOptions? ToForwardedHeadersOptions(IEnumerable<string> entries)
    {
        var values = entries.SelectMany(e => e.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = null };
        // The defaults trust loopback; only what is configured is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var value in values)
        {
            if (value.Contains('/') && System.Net.IPNetwork.TryParse(value, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(value, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException(
                    $"{VisitCounterOptions.Section}:TrustedProxies: '{value}' không phải địa chỉ IP hay dải mạng (ví dụ đúng: 10.0.0.5 hoặc 10.0.0.0/8).");
            }
        }

        return options;
    }
}
