using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portal.E2E.Infrastructure;

/// <summary>
/// The built site (<c>dotnet Portal.Web.dll</c>) run as a child process on Kestrel, on a free loopback port, with a data
/// folder of its own (SQLite database, logs, media), in the Production environment, as it runs for real readers.
/// </summary>
public sealed class PortalServer : IAsyncDisposable
{
    /// <summary>The first administrator's password the site recipe sets up (tests that sign in use it).</summary>
    public const string AdminPassword = "E2E-mat-khau-Qu@n-tri-2026";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    private readonly StringBuilder output = new();
    private Process? process;

    public PortalServer(string appDataPath)
    {
        AppDataPath = appDataPath;
        Log = new ServerLog(appDataPath);
    }

    public string AppDataPath { get; }

    public ServerLog Log { get; }

    /// <summary><c>http://127.0.0.1:PORT</c> once started.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What the server wrote on its console so far (start and stop lines, crashes before logging starts).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Runs a command of the program (<c>recipe import ...</c>) against this data folder and returns its exit code and
    /// console output. The first command on an empty folder sets the site up from the site recipe, as the server would.
    /// </summary>
    public async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] args)
    {
        using var command = Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = command.StandardOutput.ReadToEndAsync();
        var stderr = command.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await command.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            command.Kill(entireProcessTree: true);
            throw new TimeoutException($"`Portal.Web.dll {string.Join(' ', args)}` did not finish within {CommandTimeout.TotalMinutes} minutes.");
        }

        return (command.ExitCode, await stdout + await stderr);
    }

    /// <summary>Starts Kestrel on a free loopback port and waits until <c>/</c> answers 200.</summary>
    public async Task StartAsync()
    {
        // Another process may take the free port between our probe and Kestrel's bind: try a few ports.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            BaseUrl = new Uri($"http://127.0.0.1:{port}/");
            StartProcess();
            var started = await WaitUntilServingAsync();
            if (started)
            {
                return;
            }

            var console = Output;
            await StopAsync();
            if (attempt < 3 && console.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            throw new InvalidOperationException(
                $"The site did not answer 200 on {BaseUrl} within {StartTimeout.TotalSeconds} s.\nConsole:\n{console}\nLog folder: {Log.Folder}");
        }
    }

    /// <summary>Stops the server: the whole process tree is killed (nothing it holds is needed after the tests).</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
            process = null;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void StartProcess()
    {
        lock (output)
        {
            output.Clear();
        }

        process = new Process { StartInfo = StartInfo(["--urls", BaseUrl.GetLeftPart(UriPartial.Authority)]), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private async Task<bool> WaitUntilServingAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process is null || process.HasExited)
            {
                return false;
            }

            try
            {
                using var response = await client.GetAsync("/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still setting up.
            }

            await Task.Delay(200);
        }

        return false;
    }

    private ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the working folder: appsettings.json, NLog.config, themes/ and recipes/ are there.
            WorkingDirectory = Path.GetDirectoryName(E2EPaths.WebDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(E2EPaths.WebDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Settings a developer's shell may carry must not point the test site elsewhere.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Portal__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["Portal__AppDataPath"] = AppDataPath;
        start.Environment["Portal__Database__Provider"] = "Sqlite";
        start.Environment["Portal__Database__ConnectionString"] = "";
        start.Environment["Portal__Setup__AdminPassword"] = AdminPassword;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
