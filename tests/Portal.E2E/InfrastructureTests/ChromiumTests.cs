using Portal.E2E.Infrastructure;

namespace Portal.E2E.InfrastructureTests;

/// <summary>The browser the tests drive: Debian's Chromium through the Playwright driver of the NuGet package.</summary>
public sealed class ChromiumTests
{
    [Fact]
    public async Task Launch_BrowserMissing_FailsWithHowToInstallIt()
    {
        using var playwright = await Playwright.CreateAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Chromium.LaunchAsync(playwright, "/nonexistent/chromium"));

        Assert.Contains("apt-get install -y chromium", failure.Message, StringComparison.Ordinal);
        Assert.Contains("never skipped", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Device.Desktop, DeviceProfiles.DesktopUserAgent, 1280)]
    [InlineData(Device.Phone, DeviceProfiles.PhoneUserAgent, 375)]
    public async Task Launch_DebianChromium_RunsAVietnameseReadersPageWithAnOrdinaryUserAgent(Device device, string userAgent, int width)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(DeviceProfiles.For(device, new Uri("http://127.0.0.1/")));
        var page = await context.NewPageAsync();

        await page.SetContentAsync("<meta name=viewport content='width=device-width'><p lang=vi>Liên hiệp hội</p>");

        Assert.Matches(@"^\d{3}\.", browser.Version);
        Assert.Equal("Liên hiệp hội", await page.TextContentAsync("p"));
        Assert.Equal(userAgent, await page.EvaluateAsync<string>("() => navigator.userAgent"));
        Assert.Equal("vi-VN", await page.EvaluateAsync<string>("() => navigator.language"));
        Assert.Equal(7, await page.EvaluateAsync<int>("() => new Date('2026-11-27T00:00:00Z').getHours()"));
        Assert.Equal(width, await page.EvaluateAsync<int>("() => window.innerWidth"));
    }
}
