using Microsoft.AspNetCore.Builder;

namespace Portal.VisitCounter.Options;

/// <summary>What the module's middleware needs that was worked out from configuration at registration.</summary>
/// <param name="ForwardedHeaders">Forwarded-headers options for the trusted proxies; null when none is trusted.</param>
public sealed record VisitCounterPipeline(ForwardedHeadersOptions? ForwardedHeaders);
