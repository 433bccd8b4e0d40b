namespace Portal.E2E.Infrastructure;

/// <summary>
/// The browser side of one test: every context and page it opens (each context a separate reader, with its own
/// cookies), and any uncaught script error on those pages. Closed at the end of the test.
/// </summary>
public sealed class Journey(IBrowser browser, Uri baseUrl) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];
    private readonly List<string> scriptErrors = [];

    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>Uncaught script errors on any page of the journey ("page: message").</summary>
    public IReadOnlyList<string> ScriptErrors
    {
        get
        {
            lock (scriptErrors)
            {
                return [.. scriptErrors];
            }
        }
    }

    /// <summary>Every page still open, in the order opened.</summary>
    public IReadOnlyList<IPage> Pages => [.. contexts.SelectMany(c => c.Pages)];

    /// <summary>A new reader: a fresh browser context (no cookies) on the device, and a page in it.</summary>
    public async Task<IPage> NewPageAsync(Device device = Device.Desktop, string? userAgent = null)
    {
        var context = await browser.NewContextAsync(DeviceProfiles.For(device, BaseUrl, userAgent));
        contexts.Add(context);
        context.Page += (_, page) => Watch(page);
        var page = await context.NewPageAsync();
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        contexts.Clear();
    }

    private void Watch(IPage page) => page.PageError += (_, message) =>
    {
        lock (scriptErrors)
        {
            scriptErrors.Add($"{page.Url}: {message}");
        }
    };
}
