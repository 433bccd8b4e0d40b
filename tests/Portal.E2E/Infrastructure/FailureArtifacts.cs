using System.Text;

namespace Portal.E2E.Infrastructure;

/// <summary>What a failed test leaves behind in <c>TestResults/e2e/&lt;test&gt;/</c>: each open page's screenshot and HTML, the error.</summary>
public static class FailureArtifacts
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The folder of a test, emptied of what an earlier run left.</summary>
    public static string PrepareFolder(string testName)
    {
        var folder = Path.Combine(E2EPaths.Results, Sanitize(testName));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }

    public static async Task SaveAsync(string folder, Journey journey, string report)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "failure.txt"), report, Utf8);
        var pages = journey.Pages;
        for (var i = 0; i < pages.Count; i++)
        {
            var name = pages.Count == 1 ? "page" : $"page-{i + 1}";
            var page = pages[i];
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true, Timeout = 10_000 });
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), $"<!-- {page.Url} -->\n" + await page.ContentAsync(), Utf8);
            }
            catch (PlaywrightException ex)
            {
                // A crashed or closed page: say so and keep what the other pages show.
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".error.txt"), $"{page.Url}\n{ex.Message}", Utf8);
            }
        }
    }

    private static string Sanitize(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
