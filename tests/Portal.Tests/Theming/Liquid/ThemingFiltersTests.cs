using Portal.Theming.Liquid;

namespace Portal.Tests.Theming.Liquid;

public sealed class ThemingFiltersTests
{
    [Theory]
    [InlineData("anh/hoi-thao.jpg", 800, "/media/anh/hoi-thao.jpg?width=800")]
    [InlineData("/media/anh/hoi-thao.jpg", 480, "/media/anh/hoi-thao.jpg?width=480")]
    [InlineData("~/media/anh/hội thảo.jpg", 320, "/media/anh/h%E1%BB%99i%20th%E1%BA%A3o.jpg?width=320")]
    [InlineData("anh/logo.png", 0, "/media/anh/logo.png")]
    [InlineData("https://vusta.vn/logo.png", 800, "https://vusta.vn/logo.png")]
    public void ResizeUrl_MediaPath_GivesTheMediaModulesUrl(string path, int width, string expected)
    {
        Assert.Equal(expected, ThemingFilters.ResizeUrl(path, width));
    }

    [Fact]
    public void Excerpt_Html_IsPlainTextCutAtAWord()
    {
        var text = ThemingFilters.Excerpt("<p>Liên hiệp hội &amp; <b>huyện</b> Thạch Thành</p><p>phối hợp</p>", 30);

        Assert.Equal("Liên hiệp hội & huyện Thạch…", text);
    }

    [Fact]
    public void Excerpt_ShortText_IsKeptWhole()
    {
        Assert.Equal("Hội Tin học Thanh Hóa", ThemingFilters.Excerpt("<p>Hội Tin học   Thanh Hóa</p>", 200));
    }
}
