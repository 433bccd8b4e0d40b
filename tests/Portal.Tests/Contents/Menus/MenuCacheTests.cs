using Portal.Contents.Menus;

namespace Portal.Tests.Contents.Menus;

public sealed class MenuCacheTests
{
    [Theory]
    [InlineData("~/", "/")]
    [InlineData("~/tin-tuc", "/tin-tuc")]
    [InlineData("/hoi-thanh-vien", "/hoi-thanh-vien")]
    [InlineData("https://vusta.vn", "https://vusta.vn")]
    [InlineData("mailto:khoahocthanhhoa@gmail.com", "mailto:khoahocthanhhoa@gmail.com")]
    [InlineData("javascript:alert(1)", "#")]
    [InlineData(" JavaScript:alert(1)", "#")]
    [InlineData("", "#")]
    public void NormalizeUrl_MenuLink_IsSafeSiteOrWebUrl(string url, string expected)
    {
        Assert.Equal(expected, MenuCache.NormalizeUrl(url));
    }
}
