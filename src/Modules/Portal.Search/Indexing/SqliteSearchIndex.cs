using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Core.Data;
using Portal.Search.Data;
using Portal.Search.Querying;

namespace Portal.Search.Indexing;

/// <summary>
/// The index on SQLite: an FTS5 table of folded words (<c>SearchIndex</c>: Title, Body) whose rowid is a date key,
/// so FTS5 itself hands matches out newest first and a page stops after <c>take</c> rows; counting reads only the
/// FTS5 doclists, and stops at the count limit. <c>SearchDocuments</c> maps rowids to items.
/// </summary>
internal sealed class SqliteSearchIndex(PortalContextFactory<SearchDbContext> contexts) : ISearchIndex
{
    /// <summary>Items of the same millisecond get consecutive keys after it: room for 2^20 of them.</summary>
    private const int SlotBits = 20;
    private const long Slots = 1L << SlotBits;

    private static readonly long MinMilliseconds = new DateTimeOffset(1700, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private static readonly long MaxMilliseconds = (long.MaxValue >> SlotBits) - 1;

    private const string WriteSql = """
        DELETE FROM "SearchIndex" WHERE rowid IN (SELECT "Id" FROM "SearchDocuments" WHERE "ContentItemId" = $id);
        DELETE FROM "SearchDocuments" WHERE "ContentItemId" = $id;
        INSERT INTO "SearchDocuments" ("Id", "ContentItemId", "ContentType", "PublishedUtc")
        VALUES (COALESCE((SELECT MAX("Id") + 1 FROM "SearchDocuments" WHERE "Id" BETWEEN $key AND $last), $key), $id, $type, $date);
        INSERT INTO "SearchIndex" (rowid, "Title", "Body") VALUES (last_insert_rowid(), $title, $body);
        """;

    private const string RemoveSql = """
        DELETE FROM "SearchIndex" WHERE rowid IN (SELECT "Id" FROM "SearchDocuments" WHERE "ContentItemId" = $id);
        DELETE FROM "SearchDocuments" WHERE "ContentItemId" = $id;
        """;

    public async Task WriteAsync(DbContext db, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // One command for the whole batch: SQLite prepares its statements once and reuses them for every document.
            await using var command = Command(db, WriteSql);
            var parameters = new[] { "$id", "$type", "$date", "$key", "$last", "$title", "$body" }.ToDictionary(n => n, n => Add(command, n));
            foreach (var document in documents)
            {
                var key = DateKey(document.PublishedUtc);
                parameters["$id"].Value = document.ContentItemId;
                parameters["$type"].Value = document.ContentType;
                parameters["$date"].Value = document.PublishedUtc;
                parameters["$key"].Value = key;
                parameters["$last"].Value = key + Slots - 1;
                parameters["$title"].Value = document.TitleWords;
                parameters["$body"].Value = document.BodyWords;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task RemoveAsync(DbContext db, string contentItemId, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlRawAsync(RemoveSql.Replace("$id", "{0}", StringComparison.Ordinal), [contentItemId], cancellationToken);

    public async Task ClearAsync(DbContext db, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "SearchIndex"; DELETE FROM "SearchDocuments";""", cancellationToken);

    public async Task<SearchHits> SearchAsync(SearchQuery query, int skip, int take, CancellationToken cancellationToken = default)
    {
        if (!query.HasTerms || take <= 0)
        {
            return SearchHits.None;
        }

        await using var db = contexts.CreateForReading();
        var all = Fts5Expression.All(query);
        var title = Fts5Expression.Title(query);
        return await RankedSearch.PageAsync(skip, take,
            async limit =>
            {
                var total = await CountAsync(db, all, limit, cancellationToken);
                return (total, total == 0 ? 0 : await CountAsync(db, title, limit, cancellationToken));
            },
            (s, t) => PageAsync(db, title, s, t, cancellationToken),
            (s, t) => PageAsync(db, Fts5Expression.Rest(query), s, t, cancellationToken));
    }

    /// <summary>Milliseconds since 1970 times 2^20: newer items have larger keys.</summary>
    internal static long DateKey(DateTime utc) =>
        Math.Clamp(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds(), MinMilliseconds, MaxMilliseconds) << SlotBits;

    private static Task<long> CountAsync(SearchDbContext db, string match, int limit, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<long>($"""
            SELECT count(*) AS "Value" FROM (SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH {match} LIMIT {limit})
            """).SingleAsync(cancellationToken);

    private static Task<List<string>> PageAsync(SearchDbContext db, string match, int skip, int take, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<string>($"""
            SELECT d."ContentItemId" AS "Value"
            FROM (SELECT rowid AS "Key" FROM "SearchIndex" WHERE "SearchIndex" MATCH {match} ORDER BY rowid DESC LIMIT {take} OFFSET {skip}) AS k
            JOIN "SearchDocuments" AS d ON d."Id" = k."Key"
            ORDER BY k."Key" DESC
            """).ToListAsync(cancellationToken);

    private static DbCommand Command(DbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
