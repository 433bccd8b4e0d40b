using Microsoft.EntityFrameworkCore;
using Portal.Search.Querying;

namespace Portal.Search.Indexing;

/// <summary>
/// The full-text index of published items, one implementation per database (SQLite FTS5, PostgreSQL tsvector + GIN).
/// Writes go through the caller's context, on its connection and inside its transaction, so they commit or roll back
/// with the content they describe. Searches read one page: they never load every match.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces the documents (by content item id).</summary>
    Task WriteAsync(DbContext db, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Takes an item out of the index; nothing happens when it is not there.</summary>
    Task RemoveAsync(DbContext db, string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Empties the index (before a rebuild).</summary>
    Task ClearAsync(DbContext db, CancellationToken cancellationToken = default);

    /// <summary>
    /// The items matching every term of the query: first those whose title does, then the others, newest first within
    /// each; <paramref name="take"/> of them after <paramref name="skip"/>, and how many match in all.
    /// </summary>
    Task<SearchHits> SearchAsync(SearchQuery query, int skip, int take, CancellationToken cancellationToken = default);
}
