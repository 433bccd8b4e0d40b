using Portal.Core.Content.Handlers;
using Portal.Search.Indexing;

namespace Portal.Search.Handlers;

/// <summary>
/// Keeps the search index in step with the published versions: a save that publishes (re)writes the item's row,
/// an unpublish or a removal takes it out. The writes join the save's unit of work (see <see cref="UnitOfWorkTransaction"/>).
/// </summary>
public sealed class SearchIndexHandler(ISearchIndex index, SearchDocumentBuilder documents) : IContentHandler
{
    // After the core's index handlers: nothing depends on this one.
    public int Order => 1000;

    public async Task IndexingAsync(ContentIndexContext context)
    {
        var type = context.Published?.ContentType ?? context.Latest?.ContentType;
        if (type is not null && !documents.IsSearchable(type))
        {
            // Menus, taxonomies...: never indexed, so there is nothing to write or take out.
            return;
        }

        var begun = await UnitOfWorkTransaction.EnsureAsync(context.Db, CancellationToken.None);
        try
        {
            if (documents.Build(context.Published, context.Definitions) is { } document)
            {
                await index.WriteAsync(context.Db, [document]);
            }
            else
            {
                await index.RemoveAsync(context.Db, context.ContentItemId);
            }
        }
        catch when (begun is not null)
        {
            // The save will not happen: do not leave the transaction (and on SQLite the write lock) open.
            await begun.RollbackAsync();
            throw;
        }
    }
}
