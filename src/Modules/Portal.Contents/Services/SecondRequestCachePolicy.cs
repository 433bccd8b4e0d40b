using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;

namespace Portal.Contents.Services;

/// <summary>
/// Stores a public page in the output cache from its second request on (path and query), so pages asked once — a
/// crawl, a reader's walk through old articles — do not push out the pages many readers ask for (<see cref="CacheDoorkeeper"/>).
/// One instance for all public pages' policies.
/// </summary>
public sealed class SecondRequestCachePolicy : IOutputCachePolicy
{
    private readonly CacheDoorkeeper doorkeeper = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        if (context.AllowCacheStorage && !doorkeeper.Admit(string.Concat(request.Path.Value, request.QueryString.Value)))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
