using Portal.Search.Querying;

namespace Portal.Tests.Search.Querying;

public sealed class SearchQueryTests
{
    private static string Describe(SearchQuery query) =>
        string.Join(" + ", query.Terms.Select(t => t.IsPhrase ? $"\"{string.Join(' ', t.Words)}\"" : t.Prefix ? t.Words[0] + "*" : t.Words[0]));

    [Theory]
    [InlineData("thach thanh", "thach + thanh*")]
    [InlineData("THẠCH   THÀNH", "thach + thanh*")]
    [InlineData("\"đội ngũ trí thức\"", "\"doi ngu tri thuc\"")]
    [InlineData("“Đội ngũ” Thanh Hóa", "\"doi ngu\" + thanh + hoa*")]
    [InlineData("Thanh Hóa “Đội ngũ”", "thanh + hoa + \"doi ngu\"")]
    [InlineData("\"thạch\"", "thach")]
    [InlineData("khoa* hoc ky", "khoa* + hoc + ky*")]
    [InlineData("k* a", "k + a")]
    [InlineData("a OR b", "a + or + b")]
    [InlineData("Nghị quyết số 27-NQ/TW", "nghi + quyet + so + 27 + nq + tw*")]
    [InlineData("\"chưa đóng ngoặc", "chua + dong + ngoac*")]
    [InlineData("thanh thanh THANH", "thanh + thanh*")]
    [InlineData("NEAR(a b) * ^ : - ( )", "near + a + b")]
    [InlineData("'); DROP TABLE x; --", "drop + table + x")]
    [InlineData("\"", "")]
    [InlineData("😀", "")]
    public void Parse_Input_ReadsWordsPrefixesAndPhrases(string input, string expected) =>
        Assert.Equal(expected, Describe(SearchQuery.Parse(input)));

    [Fact]
    public void Parse_ControlCharactersAndSpaces_AreCleanedForDisplay()
    {
        var query = SearchQuery.Parse("  Thạch\u0000Thành\t\r\n  2021 ");
        Assert.Equal("Thạch Thành 2021", query.Text);
        Assert.Equal("thach + thanh + 2021*", Describe(query));
    }

    [Fact]
    public void Parse_FiveThousandCharacters_KeepsTheFirstTwoHundredAndTenWords()
    {
        var input = string.Concat(Enumerable.Range(0, 1000).Select(i => $"w{i:D4} "));
        var query = SearchQuery.Parse(input);
        Assert.Equal(SearchQuery.MaxLength, query.Text.Length);
        Assert.StartsWith(query.Text, input);
        Assert.Equal(SearchQuery.MaxWords, query.Terms.Count);
        Assert.Equal("w0000", query.Terms[0].Words[0]);
    }

    [Fact]
    public void Parse_CutInsideASurrogatePair_DoesNotLeaveHalfACharacter()
    {
        var input = new string('a', SearchQuery.MaxLength - 1) + "😀";
        var text = SearchQuery.Parse(input).Text;
        Assert.Equal(new string('a', SearchQuery.MaxLength - 1), text);
    }

    [Fact]
    public void Parse_LongPhrase_CountsItsWordsTowardsTheLimit()
    {
        var query = SearchQuery.Parse("\"a1 a2 a3 a4 a5 a6 a7 a8\" b1 b2 b3 b4");
        Assert.Equal(8 + 2, query.Terms.Sum(t => t.Words.Count));
    }
}
