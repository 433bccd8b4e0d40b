using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Admin.Recipes;

/// <summary>
/// Sizes the request of the import page from <c>Portal:Recipes:MaxUploadBytes</c> (plus room for the form), before the
/// antiforgery check reads the form. A request announcing a body far above the limit is not read at all: the admin is
/// sent back to the page, which says how big a recipe may be. Within that room, <see cref="RecipeImports.UploadAsync"/>
/// measures the file itself and refuses it with the same message.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RecipeUploadLimitsAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const string TooBigQuery = "tooBig=true";

    private const long FormRoom = 1024 * 1024;

    // Before the antiforgery filter (1000), like [RequestSizeLimit].
    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return;
        }

        var limit = http.RequestServices.GetRequiredService<IOptions<RecipeDashboardOptions>>().Value.MaxUploadBytes + FormRoom;
        if (http.Request.ContentLength > limit)
        {
            context.Result = new RedirectResult($"{http.Request.Path}?{TooBigQuery}");
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (http.Request.HasFormContentType && http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }
}
