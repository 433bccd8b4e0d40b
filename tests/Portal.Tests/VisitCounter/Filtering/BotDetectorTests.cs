using Portal.Tests.VisitCounter.Infrastructure;
using Portal.VisitCounter.Filtering;

namespace Portal.Tests.VisitCounter.Filtering;

public sealed class BotDetectorTests
{
    private static readonly BotDetector Detector = BotDetector.FromEmbeddedList();

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36")]
    [InlineData("Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)")]
    [InlineData("Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)")]
    [InlineData("Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)")]
    [InlineData("Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)")]
    [InlineData("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)")]
    [InlineData("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)")]
    [InlineData("curl/8.5.0")]
    [InlineData("Wget/1.21.3")]
    [InlineData("python-requests/2.32.3")]
    [InlineData("Python-urllib/3.11")]
    [InlineData("Go-http-client/1.1")]
    [InlineData("okhttp/4.12.0")]
    [InlineData("Apache-HttpClient/4.5.14 (Java/17.0.9)")]
    [InlineData("axios/1.7.2")]
    [InlineData("PostmanRuntime/7.39.0")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36")]
    [InlineData("Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1")]
    [InlineData("Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse")]
    [InlineData("Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)")]
    [InlineData("")]
    [InlineData("   ")]
    public void IsBot_BotsLibrariesAndHeadlessBrowsers_True(string userAgent) => Assert.True(Detector.IsBot(userAgent));

    [Theory]
    [InlineData(Browsers.ChromeWindows)]
    [InlineData(Browsers.SafariIphone)]
    [InlineData(Browsers.CocCoc)]
    [InlineData(Browsers.ZaloInApp)]
    [InlineData(Browsers.FirefoxLinux)]
    [InlineData(Browsers.CubotPhone)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.37.109;FBBV/622383347;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBSS/3;FBID/phone;FBLC/vi_VN;FBOP/5]")]
    public void IsBot_PeoplesBrowsers_False(string userAgent) => Assert.False(Detector.IsBot(userAgent));

    [Fact]
    public void FromEmbeddedList_TheMaintainedList_HasDozensOfFragments()
    {
        Assert.True(Detector.Fragments.Count >= 50, $"{Detector.Fragments.Count} fragments");
        Assert.Contains("googlebot", Detector.Fragments);
        Assert.Contains("headlesschrome", Detector.Fragments);
    }

    [Fact]
    public void IsBot_ListWithComments_CommentsAndExceptionsAreNotFragments()
    {
        var detector = new BotDetector(["# a comment", "", "  mybot  ", "!mybot-friend"]);

        Assert.Equal(["mybot"], detector.Fragments);
        Assert.True(detector.IsBot("Mozilla/5.0 MyBot/1.0"));
        Assert.False(detector.IsBot("Mozilla/5.0 mybot-friend"));
        Assert.False(detector.IsBot("Mozilla/5.0 # a comment"));
    }
}
