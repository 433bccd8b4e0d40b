using Microsoft.AspNetCore.Diagnostics;
using Portal.Theming.Rendering;

namespace Portal.Web;

/// <summary>The 500 page outside Development: the theme's Error template, never a stack trace.</summary>
public static class ErrorPage
{
    public static async Task RenderAsync(HttpContext context)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Portal.Web.ErrorPage");
        if (context.Features.Get<IExceptionHandlerFeature>() is { } failure)
        {
            logger.LogError(failure.Error, "Unhandled error on {Path}", context.Request.Path);
        }

        try
        {
            var page = new ThemePage { Templates = ["Error"], StatusCode = StatusCodes.Status500InternalServerError, Meta = new PageMeta { Title = "Lỗi máy chủ" } };
            await context.RequestServices.GetRequiredService<ThemeRenderer>().RenderAsync(context, page);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The error page itself failed");
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Đã có lỗi xảy ra. Vui lòng thử lại sau.");
        }
    }
}
