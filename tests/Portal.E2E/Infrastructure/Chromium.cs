namespace Portal.E2E.Infrastructure;

/// <summary>
/// Debian's Chromium driven by the Playwright driver shipped in the Microsoft.Playwright package (Playwright cannot
/// download its own browser here). A missing browser fails the tests: the browser tests are never skipped.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags for a headless browser in a container: no sandbox (root), no GPU, no calls home.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, string executablePath = ExecutablePath)
    {
        if (!File.Exists(executablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {executablePath}. The browser tests need Debian's Chromium: " +
                "run `apt-get install -y chromium` (bash .ci/run installs it). These tests are never skipped.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = Arguments,
        });
    }
}
