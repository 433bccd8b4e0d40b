using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Errors;

/// <summary>
/// Every 404 of the dashboard (an item deleted meanwhile, an unknown type, a mistyped id) answers a short page in
/// Vietnamese with the way back, as the 403 page does, instead of an empty body the browser shows as a blank page.
/// One place for all admin pages: they keep answering <c>NotFound()</c>.
/// </summary>
public static class AdminNotFoundPage
{
    public const string Text = "Không tìm thấy nội dung này. Có thể nó đã bị xóa.";

    public static IApplicationBuilder UseAdminNotFoundPage(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/admin"), branch => branch.UseStatusCodePages(WriteAsync));

    // Runs only for an answer with no body yet (see UseStatusCodePages): a 404 that already says why is left as it is.
    private static Task WriteAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var scriptRequest = context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || scriptRequest || HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Không tìm thấy</title>" +
            $"<p data-testid=\"not-found\">{Text}</p>" +
            "<p><a href=\"/admin/content\" data-testid=\"not-found-content\">Về danh sách nội dung</a> · <a href=\"/admin\">Về trang quản trị</a></p></html>");
    }
}
