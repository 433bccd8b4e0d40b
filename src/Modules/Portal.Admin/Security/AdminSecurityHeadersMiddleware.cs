using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Portal.Admin.Security;

/// <summary>
/// For dashboard pages: a Content-Security-Policy that the dashboard's own files satisfy (no inline script, nothing
/// from other sites) and no caching anywhere (the pages show unpublished content to a signed-in person).
/// </summary>
public sealed class AdminSecurityHeadersMiddleware(RequestDelegate next)
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase) &&
            !context.Request.Path.StartsWithSegments(AdminAssets.UrlPrefix, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy;
                headers[HeaderNames.CacheControl] = "no-store";
                headers[HeaderNames.Pragma] = "no-cache";
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
