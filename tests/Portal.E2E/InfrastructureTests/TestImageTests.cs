using Portal.E2E.Infrastructure;

namespace Portal.E2E.InfrastructureTests;

/// <summary>The PNG the upload journeys send is a real image: Chromium decodes it to the size and colours written.</summary>
public sealed class TestImageTests
{
    private const string DecodeScript = """
        async () => {
          const img = document.querySelector('img');
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const context = canvas.getContext('2d');
          context.drawImage(img, 0, 0);
          const corner = (x, y) => Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3));
          return [img.naturalWidth, img.naturalHeight, ...corner(0, 0), ...corner(img.naturalWidth - 1, img.naturalHeight - 1)];
        }
        """;

    [Fact]
    public async Task Png_DecodedByChromium_HasTheSizeAndTheGradientsCorners()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.SetContentAsync($"<img src=\"data:image/png;base64,{Convert.ToBase64String(TestImage.Png(240, 160))}\">");

        var decoded = await page.EvaluateAsync<int[]>(DecodeScript);

        Assert.Equal([240, 160, 0, 0, 160, 255, 255, 160], decoded);
    }
}
