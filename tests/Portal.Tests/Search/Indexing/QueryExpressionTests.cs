using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Tests.Search.Indexing;

public sealed class QueryExpressionTests
{
    public static TheoryData<string> Hostile => new()
    {
        "\"", "'", "*", "NEAR(", "a OR b", "-", "'); DROP TABLE x; --", "<script>alert(1)</script>", "\u0000", "😀",
        "title:abc ^x (a) {Title}:b", "a & b | !c <-> d:*", "\\'\\\"", "\"a\" NOT \"b\"",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Fts5_AnyInput_OnlyQuotedWordsJoinedByAnd(string input)
    {
        var expression = Fts5Expression.All(SearchQuery.Parse(input));
        Assert.Matches(@"^(""[\p{L}\p{Nd} ]+""\*?( AND ""[\p{L}\p{Nd} ]+""\*?)*)?$", expression);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void TsQuery_AnyInput_OnlyQuotedLexemesJoinedByAnd(string input)
    {
        var expression = TsQueryExpression.All(SearchQuery.Parse(input));
        var term = @"('[\p{L}\p{Nd}]+'(:\*)?|\('[\p{L}\p{Nd}]+'( <-> '[\p{L}\p{Nd}]+')+\))";
        Assert.Matches($"^({term}( & {term})*)?$", expression);
    }

    [Fact]
    public void Fts5_PhraseAndPrefix_AreWrittenAsFts5Strings()
    {
        var query = SearchQuery.Parse("\"đội ngũ\" thach");
        Assert.Equal("\"doi ngu\" AND \"thach\"*", Fts5Expression.All(query));
        Assert.Equal("{Title} : (\"doi ngu\" AND \"thach\"*)", Fts5Expression.Title(query));
        Assert.Equal("('doi' <-> 'ngu') & 'thach':*", TsQueryExpression.All(query));
    }
}
