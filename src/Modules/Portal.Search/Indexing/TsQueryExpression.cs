using Portal.Search.Querying;

namespace Portal.Search.Indexing;

/// <summary>
/// Writes a query as PostgreSQL <c>to_tsquery</c> text: <c>'thach':* &amp; ('doi' &lt;-&gt; 'ngu')</c>. Each word is a
/// quoted lexeme (quotes and backslashes doubled, though words hold letters and digits only), so nothing the reader
/// typed can act as tsquery syntax (!, |, &amp;, &lt;-&gt;, :*, parentheses).
/// </summary>
internal static class TsQueryExpression
{
    public static string All(SearchQuery query) => string.Join(" & ", query.Terms.Select(Term));

    private static string Term(SearchTerm term)
    {
        var lexemes = term.Words.Select(w => "'" + w.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'").ToList();
        if (term.IsPhrase)
        {
            return "(" + string.Join(" <-> ", lexemes) + ")";
        }

        return term.Prefix ? lexemes[0] + ":*" : lexemes[0];
    }
}
