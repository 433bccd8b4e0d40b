using Portal.Core.Content.Definitions;
using Portal.Core.Data;

namespace Portal.Core.Content.Handlers;

/// <summary>
/// The state of one item after a save, for index handlers: its published version and its latest version
/// (the same object when the latest version is the published one; both null when the item was removed).
/// </summary>
public sealed class ContentIndexContext(string contentItemId, ContentItem? published, ContentItem? latest, ContentDefinitionDocument definitions, PortalDbContext db)
{
    public string ContentItemId { get; } = contentItemId;
    public ContentItem? Published { get; } = published;
    public ContentItem? Latest { get; } = latest;
    public ContentDefinitionDocument Definitions { get; } = definitions;

    /// <summary>The unit of work's context; index rows added to it are saved with the item.</summary>
    public PortalDbContext Db { get; } = db;

    /// <summary>The versions to index with their flags: one entry when the latest version is the published one.</summary>
    public IEnumerable<(ContentItem Item, bool Published, bool Latest)> Versions()
    {
        if (Published is not null)
        {
            yield return (Published, true, ReferenceEquals(Published, Latest));
        }

        if (Latest is not null && !ReferenceEquals(Published, Latest))
        {
            yield return (Latest, false, true);
        }
    }
}
