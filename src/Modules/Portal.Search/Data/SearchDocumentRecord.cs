namespace Portal.Search.Data;

/// <summary>
/// One published item in the search index: which item, its type and its date. The searchable words live beside it,
/// in the provider's own structure (an FTS5 table on SQLite, tsvector columns on PostgreSQL).
/// </summary>
public sealed class SearchDocumentRecord
{
    /// <summary>On SQLite also the FTS5 rowid, derived from the date so that the index itself is in date order.</summary>
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public DateTime PublishedUtc { get; set; }
}
