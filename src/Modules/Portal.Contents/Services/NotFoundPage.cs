using Microsoft.AspNetCore.Http;
using Portal.Theming.Rendering;

namespace Portal.Contents.Services;

/// <summary>The Vietnamese 404 page ("Không tìm thấy trang"), with the search box, never indexed.</summary>
public sealed class NotFoundPage(ThemeRenderer renderer)
{
    public const string Title = "Không tìm thấy trang";

    public Task RenderAsync(HttpContext http) => renderer.RenderAsync(http, new ThemePage
    {
        Templates = ["NotFound"],
        StatusCode = StatusCodes.Status404NotFound,
        Meta = new PageMeta { Title = Title, BodyClass = "page-not-found", Robots = "noindex" },
    });
}
