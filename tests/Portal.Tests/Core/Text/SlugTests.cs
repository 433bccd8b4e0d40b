using System.Text;
using Portal.Core.Text;

namespace Portal.Tests.Core.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa", "lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-thanh-hoa")]
    [InlineData("Đội ngũ trí thức", "doi-ngu-tri-thuc")]
    [InlineData("ĐẠI HỘI ĐẠI BIỂU", "dai-hoi-dai-bieu")]
    [InlineData("Nghị quyết số 27-NQ/TW", "nghi-quyet-so-27-nq-tw")]
    [InlineData("Hội thảo: \"Khoa học & Công nghệ\" (2026)!", "hoi-thao-khoa-hoc-cong-nghe-2026")]
    [InlineData("Bả vai, Cổ vật, Ươm mầm, Thơ", "ba-vai-co-vat-uom-mam-tho")]
    [InlineData("  --Hội   Y học--  ", "hoi-y-hoc")]
    public void Create_VietnameseTitle_GivesAsciiSlug(string title, string expected) =>
        Assert.Equal(expected, Slug.Create(title));

    [Fact]
    public void Create_DecomposedInput_GivesSameSlugAsComposed()
    {
        var composed = "Thanh Hóa, Kỹ thuật, đội ngũ";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(Slug.Create(composed), Slug.Create(decomposed));
        Assert.Equal("thanh-hoa-ky-thuat-doi-ngu", Slug.Create(decomposed));
    }

    [Fact]
    public void Create_VeryLongTitle_IsCutAtAWordBoundary()
    {
        var slug = Slug.Create(string.Join(' ', Enumerable.Repeat("Khoa học", 60)));
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.EndsWith("hoc", slug);
    }

    [Theory]
    [InlineData("ị", "i")]
    [InlineData("ả", "a")]
    [InlineData("ơ", "o")]
    [InlineData("ư", "u")]
    [InlineData("Đ", "d")]
    [InlineData("đ", "d")]
    public void Create_SingleMarkedLetter_LosesItsMarks(string letter, string expected) =>
        Assert.Equal(expected, Slug.Create(letter));

    [Fact]
    public void Fold_CaseAndMarks_AreIgnoredOnBothSides() =>
        Assert.Equal(VietnameseText.Fold("THẠCH THÀNH"), VietnameseText.Fold("thach thanh"));
}
