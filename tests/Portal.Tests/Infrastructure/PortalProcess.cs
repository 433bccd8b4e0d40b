using System.Diagnostics;
using System.Text;

namespace Portal.Tests.Infrastructure;

/// <summary>The built site program run as a separate process, as an admin runs it from a terminal.</summary>
public static class PortalProcess
{
    /// <summary>The host's own build output (Debug or Release, as this test assembly).</summary>
    public static string WebDll { get; } = FindWebDll();

    /// <summary>Runs <c>dotnet Portal.Web.dll args</c> against a database and waits for it to exit.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(WebDll)! };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment(database))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }

    /// <summary>The environment that points the program at the test's database.</summary>
    public static Dictionary<string, string> Environment(TestDatabase database) => new()
    {
        ["Portal__AppDataPath"] = database.AppDataPath,
        ["Portal__Database__Provider"] = database.Provider.ToString(),
        ["Portal__Database__ConnectionString"] = database.ConnectionString ?? "",
        ["Portal__Setup__AdminPassword"] = PortalSite.AdminPassword,
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_NOLOGO"] = "1",
    };

    private static string FindWebDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var path = Path.Combine(TestPaths.Root, "src", "Portal.Web", "bin", configuration, "net10.0", "Portal.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Portal.Web first", path);
    }
}
