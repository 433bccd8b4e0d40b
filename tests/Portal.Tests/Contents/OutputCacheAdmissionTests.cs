using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Contents;

/// <summary>
/// Public pages enter the output cache from their second request on; a page served from the cache carries an
/// <c>Age</c> header (ASP.NET Core's output cache adds it), a freshly rendered one does not.
/// </summary>
public sealed class OutputCacheAdmissionTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc")]
    [InlineData("/tim-kiem?q=thach+thanh")]
    public async Task Page_AskedTwice_IsServedFromTheCacheFromTheThirdRequestOn(string path)
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var client = site.CreateClient();

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);
        var third = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.NotNull(third.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await third.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_AskedOnce_IsNotStoredForTheNextReader()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var client = site.CreateClient();

        await client.GetAsync("/tin-tuc");
        await client.GetAsync("/su-kien");

        // Each page was asked once: the second request renders it (and only from now on is it stored).
        Assert.Null((await client.GetAsync("/tin-tuc")).Headers.Age);
        Assert.Null((await client.GetAsync("/su-kien")).Headers.Age);
    }
}
