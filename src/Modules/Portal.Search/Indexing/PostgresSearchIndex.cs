using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Search.Data;
using Portal.Search.Querying;

namespace Portal.Search.Indexing;

/// <summary>
/// The index on PostgreSQL: tsvectors of folded words with the 'simple' configuration (no stemming, no stop words:
/// the words are already what both sides compare), GIN indexes on them, prefixes with <c>:*</c>. A page is ordered
/// by date with a LIMIT: the planner walks the date index when most items match, or the GIN index when few do.
/// </summary>
internal sealed class PostgresSearchIndex(PortalContextFactory<SearchDbContext> contexts) : ISearchIndex
{
    public async Task WriteAsync(DbContext db, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        // One statement per batch; the last document of an item wins (ON CONFLICT may touch a row once per statement).
        var batch = documents.GroupBy(d => d.ContentItemId).Select(g => g.Last()).ToList();
        if (batch.Count == 0)
        {
            return;
        }

        var ids = batch.Select(d => d.ContentItemId).ToArray();
        var types = batch.Select(d => d.ContentType).ToArray();
        var dates = batch.Select(d => DateTime.SpecifyKind(d.PublishedUtc, DateTimeKind.Utc)).ToArray();
        var titles = batch.Select(d => d.TitleWords).ToArray();
        var bodies = batch.Select(d => d.BodyWords).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "SearchDocuments" ("ContentItemId", "ContentType", "PublishedUtc", "TitleVector", "Vector")
            SELECT d.id, d.type, d.date, to_tsvector('simple'::regconfig, d.title), to_tsvector('simple'::regconfig, d.title || ' ' || d.body)
            FROM unnest({ids}, {types}, {dates}, {titles}, {bodies}) AS d(id, type, date, title, body)
            ON CONFLICT ("ContentItemId") DO UPDATE SET
                "ContentType" = excluded."ContentType", "PublishedUtc" = excluded."PublishedUtc",
                "TitleVector" = excluded."TitleVector", "Vector" = excluded."Vector"
            """, cancellationToken);
    }

    public async Task RemoveAsync(DbContext db, string contentItemId, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchDocuments" WHERE "ContentItemId" = {contentItemId}""", cancellationToken);

    public async Task ClearAsync(DbContext db, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "SearchDocuments" """, cancellationToken);

    public async Task<SearchHits> SearchAsync(SearchQuery query, int skip, int take, CancellationToken cancellationToken = default)
    {
        if (!query.HasTerms || take <= 0)
        {
            return SearchHits.None;
        }

        await using var db = contexts.CreateForReading();
        var tsquery = TsQueryExpression.All(query);
        return await RankedSearch.PageAsync(skip, take,
            async limit =>
            {
                var counts = await db.Database.SqlQuery<MatchCounts>($"""
                    SELECT
                        (SELECT count(*) FROM (SELECT 1 FROM "SearchDocuments" AS d WHERE d."Vector" @@ to_tsquery('simple'::regconfig, {tsquery}) LIMIT {limit}) AS a) AS "All",
                        (SELECT count(*) FROM (SELECT 1 FROM "SearchDocuments" AS d WHERE d."TitleVector" @@ to_tsquery('simple'::regconfig, {tsquery}) LIMIT {limit}) AS t) AS "Titles"
                    """).SingleAsync(cancellationToken);
                return (counts.All, counts.Titles);
            },
            (s, t) => db.Database.SqlQuery<string>($"""
                SELECT d."ContentItemId" AS "Value" FROM "SearchDocuments" AS d
                WHERE d."TitleVector" @@ to_tsquery('simple'::regconfig, {tsquery})
                ORDER BY d."PublishedUtc" DESC, d."Id" DESC LIMIT {t} OFFSET {s}
                """).ToListAsync(cancellationToken),
            (s, t) => db.Database.SqlQuery<string>($"""
                SELECT d."ContentItemId" AS "Value" FROM "SearchDocuments" AS d
                WHERE d."Vector" @@ to_tsquery('simple'::regconfig, {tsquery}) AND NOT (d."TitleVector" @@ to_tsquery('simple'::regconfig, {tsquery}))
                ORDER BY d."PublishedUtc" DESC, d."Id" DESC LIMIT {t} OFFSET {s}
                """).ToListAsync(cancellationToken));
    }

    private sealed record MatchCounts(long All, long Titles);
}
