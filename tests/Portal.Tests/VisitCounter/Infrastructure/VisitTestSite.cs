using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;
using Portal.VisitCounter.Data;
using Portal.VisitCounter.Services;

namespace Portal.Tests.VisitCounter.Infrastructure;

/// <summary>
/// The real site (set up by the real recipe) for visit counter tests: clients with a chosen address and browser,
/// an optional fake clock, and a flush on demand instead of waiting for the timer.
/// </summary>
public sealed class VisitTestSite : IAsyncDisposable
{
    private readonly PortalSite site;
    private readonly WebApplicationFactory<Program> factory;

    private VisitTestSite(TestDatabase database, TimeProvider? clock, IDictionary<string, string?>? settings)
    {
        if (clock is not null)
        {
            // Tests with a fake clock flush by hand; the timer would otherwise run the flush inline on every Advance.
            settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Portal:VisitCounter:FlushSeconds"] = "3600" };
        }

        site = new PortalSite(database, settings: settings);
        factory = site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        }));
        Client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    public TestDatabase Database => site.Database;

    public static VisitTestSite Start(TestDatabase database, TimeProvider? clock = null, IDictionary<string, string?>? settings = null) =>
        new(database, clock, settings);

    /// <summary>A GET as a browser would send it, from <paramref name="address"/> when given.</summary>
    public Task<HttpResponseMessage> VisitAsync(string path, string userAgent, string? address = null, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.Accept.ParseAdd("text/html");
        if (address is not null)
        {
            request.Headers.Add(ClientAddressStartupFilter.HeaderName, address);
        }

        configure?.Invoke(request);
        return Client.SendAsync(request);
    }

    /// <summary>Writes what was counted (as the timer would) and returns the refreshed numbers.</summary>
    public Task<VisitCounts> FlushAsync() => Services.GetRequiredService<VisitFlushService>().FlushAsync();

    public async Task<ApiVisitCounts> ApiAsync() =>
        (await Client.GetFromJsonAsync<ApiVisitCounts>("/api/visits"))!;

    public VisitCounterDbContext OpenVisitDb() => Services.GetRequiredService<PortalContextFactory<VisitCounterDbContext>>().Create();

    public ValueTask DisposeAsync() => site.DisposeAsync();
}
