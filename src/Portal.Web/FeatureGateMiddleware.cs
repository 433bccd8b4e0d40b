using Portal.Core.Modules;

namespace Portal.Web;

/// <summary>Answers 404 for the endpoints of a disabled feature, as if they did not exist.</summary>
public sealed class FeatureGateMiddleware(RequestDelegate next, FeatureState features)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<FeatureMetadata>() is { } feature && !features.IsEnabled(feature.FeatureId))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
