using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Services;

namespace Portal.Search.Endpoints;

/// <summary>The search page, <c>/tim-kiem</c>.</summary>
public static class SearchEndpoints
{
    /// <summary>Output cache policy of the search page: see <see cref="Startup"/>.</summary>
    public const string CachePolicy = "search-page";

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SearchPage.Path, (HttpContext http) => http.RequestServices.GetRequiredService<SearchPage>().RenderAsync(http))
            .CacheOutput(CachePolicy);
        return endpoints;
    }
}
