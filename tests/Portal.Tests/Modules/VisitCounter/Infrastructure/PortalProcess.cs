using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Modules.VisitCounter.Infrastructure;

/// <summary>
/// The built site (<c>src/Portal.Web</c>) running as a real process on Kestrel, on a test's database, so a test
/// can kill it as a crash would (SIGKILL: no shutdown code runs).
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process process;

    private PortalProcess(Process process, Uri address)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    /// <summary>Starts the site and waits until it answers <c>/api/visits</c>.</summary>
    public static async Task<PortalProcess> StartAsync(TestDatabase database, IDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [WebAssemblyPath(), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(WebAssemblyPath())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__AppDataPath"] = database.AppDataPath;
        start.Environment["Portal__Database__Provider"] = database.Provider.ToString();
        start.Environment["Portal__Database__ConnectionString"] = database.ConnectionString ?? "";
        start.Environment["Portal__Setup__AdminPassword"] = PortalSite.AdminPassword;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        // Drain the output so the child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"));
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Portal.Web exited with code {process.ExitCode} before answering.");
            }

            try
            {
                var response = await site.Client.GetAsync("/api/visits");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return site;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                await site.DisposeAsync();
                throw new TimeoutException("Portal.Web did not answer /api/visits within 90 seconds.");
            }

            await Task.Delay(200);
        }
    }

    public async Task<ApiVisitCounts> ApiAsync() => (await Client.GetFromJsonAsync<ApiVisitCounts>("/api/visits"))!;

    /// <summary>Polls <c>/api/visits</c> until the numbers satisfy <paramref name="condition"/> (they change only after a flush).</summary>
    public async Task<ApiVisitCounts> WaitForAsync(Func<ApiVisitCounts, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var counts = await ApiAsync();
            if (condition(counts) || DateTime.UtcNow > deadline)
            {
                return counts;
            }

            await Task.Delay(100);
        }
    }

    public async Task VisitAsync(string path, string userAgent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>SIGKILL, as a crash or an OOM killer would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>A graceful stop (SIGTERM, as systemd or Docker sends).</summary>
    public async Task StopAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    /// <summary>The host's own build output (same configuration as the tests), which has its runtimeconfig and deps files.</summary>
    private static string WebAssemblyPath()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var path = Path.Combine(TestPaths.Root, "src", "Portal.Web", "bin", configuration, framework, "Portal.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Portal.Web first.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
