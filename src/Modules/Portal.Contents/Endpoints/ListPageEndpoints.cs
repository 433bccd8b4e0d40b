using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Contents.Services;

namespace Portal.Contents.Endpoints;

/// <summary>The list pages: <c>/tin-tuc</c>, <c>/su-kien</c>, <c>/hoi-thanh-vien</c> (categories are content paths).</summary>
public static class ListPageEndpoints
{
    public static IEndpointRouteBuilder MapListPageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + SiteTypes.NewsPath, (HttpContext http) => Pages(http).NewsAsync(http)).CacheOutput(PublicPages.CachePolicy);
        endpoints.MapGet("/" + SiteTypes.EventsPath, (HttpContext http) => Pages(http).EventsAsync(http)).CacheOutput(PublicPages.CachePolicy);
        endpoints.MapGet("/" + SiteTypes.OrganizationsPath, (HttpContext http) => Pages(http).OrganizationsAsync(http)).CacheOutput(PublicPages.CachePolicy);
        return endpoints;
    }

    private static ListPages Pages(HttpContext http) => http.RequestServices.GetRequiredService<ListPages>();
}
