using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Portal.Media.Models;
using Portal.Media.Services;

namespace Portal.Media.Endpoints;

/// <summary>Serves library files at <c>/media/&lt;path&gt;</c>, images narrowed on demand with <c>?width=N</c>.</summary>
public static class MediaFileEndpoints
{
    public static IEndpointRouteBuilder MapMediaFileEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(MediaStore.UrlPrefix + "/{**path}", [HttpMethods.Get, HttpMethods.Head], ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(HttpContext http, string? path)
    {
        var store = http.RequestServices.GetRequiredService<MediaStore>();
        string? file;
        try
        {
            file = store.FindFile(path ?? "");
        }
        catch (MediaException)
        {
            file = null;
        }

        var type = file is null ? null : MediaFileTypes.FromExtension(file);
        if (file is null || type is null)
        {
            return Results.NotFound();
        }

        if (type.Resizable && http.Request.Query.TryGetValue("width", out var widthText))
        {
            if (!int.TryParse(widthText, out var width) || width <= 0)
            {
                return Results.BadRequest("Tham số width phải là một số dương.");
            }

            var resizer = http.RequestServices.GetRequiredService<ImageResizer>();
            file = await resizer.GetResizedAsync(file, MediaPaths.Normalize(path), resizer.SnapWidth(width), http.RequestAborted);
        }

        var info = new FileInfo(file);
        http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=86400";
        if (type.Kind == MediaKind.Document && type != MediaFileTypes.Pdf)
        {
            // Office files are downloaded, never shown by the browser as if they were part of the site.
            http.Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = info.Name }.ToString();
        }

        var etag = new EntityTagHeaderValue($"\"{info.LastWriteTimeUtc.Ticks:x}-{info.Length:x}\"");
        return Results.File(file, type.ContentType, lastModified: info.LastWriteTimeUtc, entityTag: etag, enableRangeProcessing: true);
    }
}
