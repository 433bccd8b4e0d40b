using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The built site (<c>src/Portal.Web</c>) running as a real process on Kestrel, on a test's database, so a test
/// can kill it as a crash would (SIGKILL: no shutdown code runs).
/// </summary>
public sealed class PortalServer : IAsyncDisposable
{
    private readonly Process process;

    private PortalServer(Process process, Uri address)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    /// <summary>Starts the site and waits until <paramref name="readyPath"/> answers 200.</summary>
    public static async Task<PortalServer> StartAsync(TestDatabase database, IDictionary<string, string> settings, string readyPath = "/")
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [PortalProcess.WebDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(PortalProcess.WebDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in PortalProcess.Environment(database).Concat(settings))
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        // Drain the output so the child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new PortalServer(process, new Uri($"http://127.0.0.1:{port}"));
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Portal.Web exited with code {process.ExitCode} before answering.");
            }

            try
            {
                var response = await site.Client.GetAsync(readyPath);
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
                throw new TimeoutException($"Portal.Web did not answer {readyPath} within 90 seconds.");
            }

            await Task.Delay(200);
        }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
