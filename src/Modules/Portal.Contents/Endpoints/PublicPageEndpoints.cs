using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Services;

namespace Portal.Contents.Endpoints;

/// <summary>The home page and the catch-all route that serves every published path.</summary>
public static class PublicPageEndpoints
{
    public static IEndpointRouteBuilder MapPublicPageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http) => http.RequestServices.GetRequiredService<PublicPages>().HomeAsync(http))
            .CacheOutput(PublicPages.CachePolicy);

        // Lowest priority: any more specific route of any module wins over a content path.
        endpoints.MapGet("/{**path}", (HttpContext http, string path) => http.RequestServices.GetRequiredService<PublicPages>().PathAsync(http, path))
            .WithOrder(int.MaxValue)
            .CacheOutput(PublicPages.CachePolicy);
        return endpoints;
    }
}
