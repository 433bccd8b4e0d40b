using System.Net;
using System.Xml.Linq;
using Ical.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Contents.Feeds;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Contents.Feeds;

public sealed class FeedPagesTests(PublicSiteFixture fixture) : IClassFixture<PublicSiteFixture>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sitemap_IsValidXmlListingEveryPublishedPath(string provider)
    {
        var site = await fixture.SiteAsync(provider);
        var response = await site.CreateClient().GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/xml", response.Content.Headers.ContentType!.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = SitemapWriter.Namespace;
        Assert.Equal(ns + "urlset", xml.Root!.Name);
        var locations = xml.Root.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/", locations);
        Assert.Contains("http://localhost/tin-tuc", locations);
        Assert.Contains("http://localhost" + PublicSiteFixture.SeedArticlePath, locations);
        Assert.Contains("http://localhost/tin-tuc/tin-hoat-dong-cua-lien-hiep-hoi", locations);
        Assert.Contains("http://localhost/hoi-thanh-vien/hoi-tin-hoc-thanh-hoa", locations);
        Assert.DoesNotContain("http://localhost/" + PublicSiteFixture.DraftPath, locations);
        Assert.Equal(locations.Count, locations.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rss_IsValidRss2OfTheNewestArticles(string provider)
    {
        var site = await fixture.SiteAsync(provider);
        var response = await site.CreateClient().GetAsync("/rss.xml");

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", xml.Root!.Attribute("version")!.Value);
        var items = xml.Root.Element("channel")!.Elements("item").ToList();
        Assert.Equal(20, items.Count);
        Assert.All(items, i => Assert.StartsWith("http://localhost/tin-tuc/", i.Element("link")!.Value));
        var dates = items.Select(i => DateTimeOffset.Parse(i.Element("pubDate")!.Value)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Contains(items, i => i.Element("title")!.Value.StartsWith("Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa làm việc"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ics_EventCalendar_IsValidICalendarWithUtcTimes(string provider)
    {
        var site = await fixture.SiteAsync(provider);
        var response = await site.CreateClient().GetAsync("/su-kien/su-kien-mau-1.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("su-kien-mau-1.ics", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", text);
        var calendar = Calendar.Load(text)!;
        var calendarEvent = Assert.Single(calendar.Events);
        Assert.Equal("[Sự kiện mẫu] Hội thảo khoa học về nông nghiệp công nghệ cao", calendarEvent.Summary);
        Assert.Equal(new DateTime(2027, 3, 15, 1, 0, 0, DateTimeKind.Utc), calendarEvent.Start!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 15, 5, 0, 0, DateTimeKind.Utc), calendarEvent.End!.AsUtc);
        Assert.Equal("Hội trường mẫu, Tp. Thanh Hóa", calendarEvent.Location);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Robots_AllowsTheSiteAndNamesTheSitemap(string provider)
    {
        var site = await fixture.SiteAsync(provider);
        var text = await site.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("User-agent: *", text);
        Assert.Contains("Disallow: /admin", text);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Favicon_SendsTheBrowserToTheThemesIcon(string provider)
    {
        var site = await fixture.SiteAsync(provider);
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/favicon.ico");
        var icon = await client.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/themes/LienHiepHoi/img/logo.svg?v=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<svg", (await icon.Content.ReadAsStringAsync()).TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void SitemapIndex_BigSite_PointsToNumberedParts()
    {
        var xml = XDocument.Parse(SitemapWriter.Index("https://tusta.org.vn", 3));
        XNamespace ns = SitemapWriter.Namespace;

        Assert.Equal(["https://tusta.org.vn/sitemap-1.xml", "https://tusta.org.vn/sitemap-2.xml", "https://tusta.org.vn/sitemap-3.xml"],
            xml.Root!.Elements(ns + "sitemap").Select(s => s.Element(ns + "loc")!.Value).ToList());
    }
}
