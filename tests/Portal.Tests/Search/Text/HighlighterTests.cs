using Portal.Search.Querying;
using Portal.Search.Text;

namespace Portal.Tests.Search.Text;

public sealed class HighlighterTests
{
    private static string Render(IEnumerable<TextSegment> parts) => string.Concat(parts.Select(p => p.Marked ? $"[{p.Text}]" : p.Text));

    [Fact]
    public void Mark_WordsWithoutMarksOrCase_MarksTheOriginalWords()
    {
        var parts = Highlighter.Mark("Làm việc với huyện Thạch Thành về Thạch Thất", SearchQuery.Parse("thach thanh"));
        Assert.Equal("Làm việc với huyện [Thạch] [Thành] về [Thạch] Thất", Render(parts));
    }

    [Fact]
    public void Mark_Phrase_MarksOnlyTheWordsInThatOrder()
    {
        var parts = Highlighter.Mark("Trí thức và đội ngũ trí thức, đội ngũ", SearchQuery.Parse("\"doi ngu tri thuc\""));
        Assert.Equal("Trí thức và [đội ngũ trí thức], đội ngũ", Render(parts));
    }

    [Fact]
    public void Mark_Prefix_MarksTheWholeWord()
    {
        Assert.Equal("[Khoa] học [khoáng] sản", Render(Highlighter.Mark("Khoa học khoáng sản", SearchQuery.Parse("kho"))));
    }

    [Fact]
    public void ExcerptOf_LongText_StartsNearTheFirstMatchAndSaysWhereItWasCut()
    {
        var text = string.Join(' ', Enumerable.Repeat("Đoạn mở đầu không liên quan.", 20)) + " Nghị quyết số 27-NQ/TW về trí thức. " +
                   string.Join(' ', Enumerable.Repeat("Đoạn kết thúc dài dòng.", 30));
        var excerpt = Highlighter.ExcerptOf(["Tóm tắt không khớp.", text], SearchQuery.Parse("27-NQ/TW"));

        Assert.True(excerpt.CutBefore);
        Assert.True(excerpt.CutAfter);
        var rendered = Render(excerpt.Parts);
        Assert.Contains("số [27]-[NQ]/[TW] về", rendered);
        Assert.True(rendered.Length <= Highlighter.ExcerptLength + 10, rendered);
        Assert.Matches(@"^\S", rendered);
    }

    [Fact]
    public void ExcerptOf_NoSectionMatches_ShowsTheStartOfTheFirst()
    {
        var excerpt = Highlighter.ExcerptOf(["Tóm tắt ngắn.", "Nội dung."], SearchQuery.Parse("tieu de"));
        Assert.False(excerpt.CutBefore);
        Assert.Equal("Tóm tắt ngắn.", Render(excerpt.Parts));
    }
}
