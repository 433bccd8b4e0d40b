using Microsoft.AspNetCore.Http;
using Portal.Tests.VisitCounter.Infrastructure;
using Portal.VisitCounter.Filtering;
using Portal.VisitCounter.Options;

namespace Portal.Tests.VisitCounter.Filtering;

public sealed class VisitRequestFilterTests
{
    private static readonly VisitRequestFilter Filter = new(
        BotDetector.FromEmbeddedList(),
        Microsoft.Extensions.Options.Options.Create(new VisitCounterOptions { ExcludedPathSegments = ["/tim-kiem/"] }));

    private static HttpRequest Request(string path, string method = "GET", string userAgent = Browsers.ChromeWindows, params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.Headers.UserAgent = userAgent;
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        return context.Request;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/gioi-thieu")]
    [InlineData("/tin-tuc/hoi-thao-khoa-hoc-2026")]
    [InlineData("/administration-news")]
    public void IsCandidate_PublicPageByABrowser_True(string path) => Assert.True(Filter.IsCandidate(Request(path)));

    [Theory]
    [InlineData("/admin")]
    [InlineData("/Admin/Contents")]
    [InlineData("/api/visits")]
    [InlineData("/login")]
    [InlineData("/account/login")]
    [InlineData("/dang-nhap")]
    [InlineData("/themes/LienHiepHoi/css/site.css")]
    [InlineData("/media/2026/anh.jpg")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/favicon.ico")]
    [InlineData("/rss")]
    [InlineData("/feed")]
    [InlineData("/tin-tuc/rss.xml")]
    [InlineData("/tim-kiem")]
    public void IsCandidate_ExcludedPaths_False(string path) => Assert.False(Filter.IsCandidate(Request(path)));

    [Theory]
    [InlineData("Sec-Purpose", "prefetch")]
    [InlineData("Sec-Purpose", "prefetch;prerender")]
    [InlineData("Purpose", "prefetch")]
    [InlineData("X-Moz", "prefetch")]
    public void IsCandidate_Prefetch_False(string header, string value) =>
        Assert.False(Filter.IsCandidate(Request("/gioi-thieu", headers: (header, value))));

    [Theory]
    [InlineData("POST")]
    [InlineData("HEAD")]
    public void IsCandidate_NotAGet_False(string method) => Assert.False(Filter.IsCandidate(Request("/", method)));

    [Fact]
    public void IsCandidate_Bot_False() => Assert.False(Filter.IsCandidate(Request("/", userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1)")));

    [Theory]
    [InlineData(200, "text/html; charset=utf-8", true)]
    [InlineData(200, "text/html", true)]
    [InlineData(404, "text/html; charset=utf-8", false)]
    [InlineData(500, "text/html; charset=utf-8", false)]
    [InlineData(301, null, false)]
    [InlineData(200, "application/rss+xml", false)]
    [InlineData(200, "application/json; charset=utf-8", false)]
    [InlineData(200, null, false)]
    public void IsCountedResponse_OnlySuccessfulHtml(int status, string? contentType, bool expected)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;

        Assert.Equal(expected, VisitRequestFilter.IsCountedResponse(context.Response));
    }
}
