using Portal.Search.Querying;

namespace Portal.Search.Indexing;

/// <summary>
/// Writes a query as an SQLite FTS5 MATCH expression. Every word is a quoted FTS5 string, so nothing the reader typed
/// can act as FTS5 syntax (AND, OR, NOT, NEAR, *, ^, :, parentheses); words hold letters and digits only anyway.
/// </summary>
internal static class Fts5Expression
{
    public const string TitleColumn = "Title";

    /// <summary>Every term, in any column: <c>"thach"* AND "doi ngu"</c>.</summary>
    public static string All(SearchQuery query) => string.Join(" AND ", query.Terms.Select(Term));

    /// <summary>Every term, in the title.</summary>
    public static string Title(SearchQuery query) => $"{{{TitleColumn}}} : ({All(query)})";

    /// <summary>Every term, but not all of them in the title.</summary>
    public static string Rest(SearchQuery query) => $"({All(query)}) NOT {Title(query)}";

    private static string Term(SearchTerm term)
    {
        var quoted = "\"" + string.Join(' ', term.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return term.Prefix ? quoted + "*" : quoted;
    }
}
