using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Changes;

namespace Portal.Contents.Services;

/// <summary>
/// Forgets cached public pages when content or settings change: every page shows the latest items,
/// menus and footer, so any change may touch any page.
/// </summary>
public sealed class OutputCacheEvictor(IOutputCacheStore store) : IChangeListener
{
    public async Task OnChangedAsync(IReadOnlyCollection<Change> changes, CancellationToken cancellationToken)
    {
        if (changes.Count > 0)
        {
            await store.EvictByTagAsync(PublicPages.CacheTag, cancellationToken);
        }
    }
}
