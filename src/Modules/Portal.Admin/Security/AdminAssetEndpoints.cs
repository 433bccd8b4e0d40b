using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Portal.Admin.Security;

/// <summary>Serves the dashboard's embedded css, js and libraries at <c>/admin/assets/...</c>.</summary>
public static class AdminAssetEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapAdminAssetEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AdminAssets.UrlPrefix + "/{**path}", (HttpContext http, string path) =>
        {
            var file = http.RequestServices.GetRequiredService<AdminAssets>().Files.GetFileInfo(path);
            if (!file.Exists || file.IsDirectory || !ContentTypes.TryGetContentType(path, out var contentType))
            {
                return Results.NotFound();
            }

            http.Response.Headers[HeaderNames.CacheControl] = http.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
            {
                contentType += "; charset=utf-8";
            }

            return Results.Stream(file.CreateReadStream(), contentType, lastModified: file.LastModified);
        });
        return endpoints;
    }
}
