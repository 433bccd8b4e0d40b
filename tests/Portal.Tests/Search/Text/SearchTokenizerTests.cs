using System.Text;
using Portal.Search.Text;

namespace Portal.Tests.Search.Text;

public sealed class SearchTokenizerTests
{
    [Theory]
    [InlineData("Đội ngũ trí thức", "doi ngu tri thuc")]
    [InlineData("THẠCH THÀNH", "thach thanh")]
    [InlineData("thach thanh", "thach thanh")]
    [InlineData("Nghị quyết số 27-NQ/TW", "nghi quyet so 27 nq tw")]
    [InlineData("ĐẢNG ĐOÀN, đảng đoàn; Đảng-đoàn", "dang doan dang doan dang doan")]
    [InlineData("khoahocthanhhoa@gmail.com", "khoahocthanhhoa gmail com")]
    [InlineData("  ...  ", "")]
    public void IndexText_VietnameseText_FoldsCaseMarksAndDAndSplitsOnPunctuation(string text, string expected) =>
        Assert.Equal(expected, SearchTokenizer.IndexText(text));

    [Theory]
    [InlineData("a", "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ")]
    [InlineData("e", "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ")]
    [InlineData("i", "ìíỉĩịÌÍỈĨỊ")]
    [InlineData("o", "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ")]
    [InlineData("u", "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ")]
    [InlineData("y", "ỳýỷỹỵỲÝỶỸỴ")]
    [InlineData("d", "đĐ")]
    public void Words_EveryToneAndVowelMark_FoldsToTheBareLetter(string bare, string letters)
    {
        foreach (var letter in letters)
        {
            Assert.Equal([bare], SearchTokenizer.Words(letter.ToString()));
        }
    }

    [Fact]
    public void Words_DecomposedInput_SameAsComposed()
    {
        var composed = "Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa";
        Assert.Equal(SearchTokenizer.Words(composed), SearchTokenizer.Words(composed.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Words_VeryLongWord_IsCutToTheMaximumLength()
    {
        var word = Assert.Single(SearchTokenizer.Words(new string('x', 500)));
        Assert.Equal(SearchTokenizer.MaxWordLength, word.Length);
    }

    [Fact]
    public void Words_UnpairedSurrogatesAndEmoji_AreSeparatorsNotErrors()
    {
        Assert.Equal(["ha", "noi"], SearchTokenizer.Words("Hà\uD800Nội 😀"));
    }

    [Theory]
    [InlineData("Vừa qua, tại UBND huyện Thạch Thành (KH&CN) 2016-2020…")]
    [InlineData("Ho\u0300a\u0301 đ̛ – «Nghị quyết» 27-NQ/TW; e\u0301mail: a_b@c.vn")]
    public void Spans_FoldedWords_AreExactlyTheIndexedWords(string text)
    {
        var spans = SearchTokenizer.Spans(text);
        Assert.Equal(SearchTokenizer.Words(text), spans.Select(s => s.Folded));
        Assert.All(spans, s => Assert.Equal(s.Folded, SearchTokenizer.Words(text.Substring(s.Start, s.Length)).Single()));
    }
}
