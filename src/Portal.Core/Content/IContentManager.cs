namespace Portal.Core.Content;

/// <summary>
/// Creates, saves, publishes and removes content items. Every version is a row; at most one is published
/// and one is latest. Saves carry the revision they started from and fail with
/// <see cref="ContentConcurrencyException"/> rather than overwrite someone else's change.
/// </summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of the type, with fresh ids. Throws when the type is not defined.</summary>
    Task<ContentItem> NewAsync(string contentType);

    /// <summary>The item's published or latest version, or null.</summary>
    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published);

    /// <summary>The published or latest versions of several items, in no particular order.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published);

    /// <summary>One version by its version id, or null.</summary>
    Task<ContentItem?> GetVersionAsync(string contentItemVersionId);

    /// <summary>Every version of the item, newest first.</summary>
    Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId);

    /// <summary>Saves the item as a draft: a new item, an update of the current draft, or a new draft on top of the published version.</summary>
    Task<ContentItem> SaveDraftAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Saves the item and publishes it; the published date of the first publication is kept.</summary>
    Task<ContentItem> PublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the item off the public site and cancels a pending scheduled publication; its latest version stays as a
    /// draft. False when it was not published.
    /// </summary>
    Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Removes the item (every version stops being published or latest). False when not found.</summary>
    Task<bool> RemoveAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Makes a new draft from an old version.</summary>
    Task<ContentItem> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the item as a draft that the background publisher publishes at <paramref name="publishUtc"/>
    /// (null cancels a schedule). Publishing the item by hand also cancels it.
    /// </summary>
    Task<ContentItem> SchedulePublishAsync(ContentItem item, DateTime? publishUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes every draft whose scheduled time has come, keeping the scheduled time as the published date of
    /// an item that was not published yet. A draft that fails validation loses its schedule and is reported.
    /// </summary>
    Task<IReadOnlyList<ScheduledPublishOutcome>> PublishScheduledAsync(DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports an item as a recipe gives it: matched by version id, then by item id; an item equal to the stored
    /// one is left alone. The caller saves (imports are batched).
    /// </summary>
    Task<ImportOutcome> ImportAsync(ContentItem item, bool published, bool latest, CancellationToken cancellationToken = default);

    /// <summary>Saves pending imports and forgets tracked rows (keeps memory flat in long imports).</summary>
    Task FlushAsync(CancellationToken cancellationToken = default);
}
