using System.Text;
using Portal.VisitCounter.Data;

namespace Portal.VisitCounter.Services;

/// <summary>
/// The statements of the flush and of an import. The flush only ever adds: visitor rows are inserted unless present (the count of rows
/// actually inserted is what the day gains) and counters are raised by deltas, so nodes sharing one database
/// never overwrite each other. The same SQL runs on SQLite (3.24+) and PostgreSQL.
/// </summary>
internal static class VisitSql
{
    public const int MaxRowsPerStatement = 400;

    public static string InsertVisitors(int rows) =>
        $"INSERT INTO \"{VisitCounterDbContext.DailyVisitorsTable}\" (\"Day\", \"VisitorHash\") VALUES {Values(rows, 2)} ON CONFLICT DO NOTHING";

    public static readonly string AddDailyTotals =
        $$"""
        INSERT INTO "{{VisitCounterDbContext.DailyTotalsTable}}" ("Day", "Visitors", "PageViews") VALUES ({0}, {1}, {2})
        ON CONFLICT ("Day") DO UPDATE SET
            "Visitors" = "{{VisitCounterDbContext.DailyTotalsTable}}"."Visitors" + excluded."Visitors",
            "PageViews" = "{{VisitCounterDbContext.DailyTotalsTable}}"."PageViews" + excluded."PageViews"
        """;

    public static readonly string AddItemDailyViews =
        $$"""
        INSERT INTO "{{VisitCounterDbContext.ItemDailyViewsTable}}" ("Day", "ContentItemId", "Views") VALUES ({0}, {1}, {2})
        ON CONFLICT ("Day", "ContentItemId") DO UPDATE SET "Views" = "{{VisitCounterDbContext.ItemDailyViewsTable}}"."Views" + excluded."Views"
        """;

    public static readonly string AddItemViews =
        $$"""
        INSERT INTO "{{VisitCounterDbContext.ItemViewsTable}}" ("ContentItemId", "Views") VALUES ({0}, {1})
        ON CONFLICT ("ContentItemId") DO UPDATE SET "Views" = "{{VisitCounterDbContext.ItemViewsTable}}"."Views" + excluded."Views"
        """;

    // Raising (an import of history): each row ends at the larger of what it holds and what is imported, so importing
    // an export into the site it came from changes nothing and no count is ever lowered.
    public static string RaiseDailyTotals(int rows) =>
        $$"""
        INSERT INTO "{{VisitCounterDbContext.DailyTotalsTable}}" ("Day", "Visitors", "PageViews") VALUES {{Values(rows, 3)}}
        ON CONFLICT ("Day") DO UPDATE SET
            "Visitors" = {{Larger(VisitCounterDbContext.DailyTotalsTable, "Visitors")}},
            "PageViews" = {{Larger(VisitCounterDbContext.DailyTotalsTable, "PageViews")}}
        """;

    public static string RaiseItemDailyViews(int rows) =>
        $$"""
        INSERT INTO "{{VisitCounterDbContext.ItemDailyViewsTable}}" ("Day", "ContentItemId", "Views") VALUES {{Values(rows, 3)}}
        ON CONFLICT ("Day", "ContentItemId") DO UPDATE SET "Views" = {{Larger(VisitCounterDbContext.ItemDailyViewsTable, "Views")}}
        """;

    public static string RaiseItemViews(int rows) =>
        $$"""
        INSERT INTO "{{VisitCounterDbContext.ItemViewsTable}}" ("ContentItemId", "Views") VALUES {{Values(rows, 2)}}
        ON CONFLICT ("ContentItemId") DO UPDATE SET "Views" = {{Larger(VisitCounterDbContext.ItemViewsTable, "Views")}}
        """;

    public static string UpsertOnline(int rows) =>
        $$"""
        INSERT INTO "{{VisitCounterDbContext.OnlineVisitorsTable}}" ("VisitorHash", "LastSeenUnixSeconds") VALUES {{Values(rows, 2)}}
        ON CONFLICT ("VisitorHash") DO UPDATE SET "LastSeenUnixSeconds" = excluded."LastSeenUnixSeconds"
        WHERE excluded."LastSeenUnixSeconds" > "{{VisitCounterDbContext.OnlineVisitorsTable}}"."LastSeenUnixSeconds"
        """;

    /// <summary>SQLite locks the whole file, so a plain delete; PostgreSQL skips rows another node's flush holds.</summary>
    public static string DeleteStaleOnline(bool postgres) => postgres
        ? $$"""
          DELETE FROM "{{VisitCounterDbContext.OnlineVisitorsTable}}" WHERE "VisitorHash" IN (
              SELECT "VisitorHash" FROM "{{VisitCounterDbContext.OnlineVisitorsTable}}" WHERE "LastSeenUnixSeconds" < {0} FOR UPDATE SKIP LOCKED)
          """
        : $"DELETE FROM \"{VisitCounterDbContext.OnlineVisitorsTable}\" WHERE \"LastSeenUnixSeconds\" < {{0}}";

    public static readonly string InsertStateIfMissing =
        $$"""
        INSERT INTO "{{VisitCounterDbContext.StateTable}}" ("Id", "StartingTotal", "OnlineWindowMinutes", "Secret") VALUES ({0}, {1}, {2}, {3})
        ON CONFLICT ("Id") DO NOTHING
        """;

    /// <summary>The larger of the stored and the inserted value (CASE: SQLite's max() is PostgreSQL's GREATEST()).</summary>
    private static string Larger(string table, string column) =>
        $"CASE WHEN excluded.\"{column}\" > \"{table}\".\"{column}\" THEN excluded.\"{column}\" ELSE \"{table}\".\"{column}\" END";

    /// <summary><c>({0}, {1}), ({2}, {3})</c>: placeholders for EF's raw SQL parameters.</summary>
    private static string Values(int rows, int columns)
    {
        var sql = new StringBuilder();
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns; column++)
            {
                sql.Append(column == 0 ? "{" : ", {").Append((row * columns) + column).Append('}');
            }

            sql.Append(')');
        }

        return sql.ToString();
    }
}
