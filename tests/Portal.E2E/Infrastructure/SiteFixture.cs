namespace Portal.E2E.Infrastructure;

/// <summary>
/// One site and one browser for a test class: a fresh data folder (SQLite database, logs), set up by the site recipe,
/// with the recipes of <see cref="RecipesToImport"/> imported through the command line before the server starts; then
/// the server on Kestrel and a headless Chromium. Tests open a new browser context each (<see cref="BrowserTest"/>).
/// </summary>
public abstract class SiteFixture : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-e2e-").FullName;
    private IPlaywright? playwright;
    private IBrowser? browser;

    protected SiteFixture() => Server = new PortalServer(folder);

    public PortalServer Server { get; }

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>When setting the site up began: items the site recipe publishes carry a date after it.</summary>
    public DateTimeOffset SetUpStartedUtc { get; private set; }

    /// <summary>Recipes imported with <c>dotnet Portal.Web.dll recipe import PATH</c>, paths as an admin types them.</summary>
    protected virtual IReadOnlyList<string> RecipesToImport => [];

    public async Task InitializeAsync()
    {
        SetUpStartedUtc = DateTimeOffset.UtcNow;
        var launch = LaunchBrowserAsync();
        try
        {
            foreach (var recipe in RecipesToImport)
            {
                var (exitCode, output) = await Server.RunCommandAsync("recipe", "import", recipe);
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"`recipe import {recipe}` exited with {exitCode}:\n{output}");
                }
            }

            await Server.StartAsync();
            var errors = await Server.Log.ErrorsSinceAsync(new Dictionary<string, long>());
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("The site logged errors while setting up and starting:\n" + string.Join("\n", errors));
            }
        }
        finally
        {
            // Never leave a browser running when setting up failed.
            await launch.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await launch;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await Server.StopAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temporary folders.
        }
    }

    private async Task LaunchBrowserAsync()
    {
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }
}
