namespace Portal.E2E.Infrastructure;

/// <summary>Where the repository, the host's build output and the failure artifacts are.</summary>
public static class E2EPaths
{
    /// <summary>The repository root (the folder holding Portal.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The host's own build output, in the configuration of this test assembly (Debug or Release). The project
    /// reference in Portal.E2E.csproj builds it first; the tests run it as a separate process, as an admin would.
    /// </summary>
    public static string WebDll { get; } = FindWebDll();

    /// <summary>
    /// <c>TestResults/e2e</c> at the repository root (beside the trx files <c>.ci/run</c> writes), or the folder
    /// named by <c>PORTAL_E2E_RESULTS</c>. A failing test leaves its screenshot and HTML in a subfolder named after it.
    /// </summary>
    public static string Results { get; } =
        Environment.GetEnvironmentVariable("PORTAL_E2E_RESULTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(Root, "TestResults", "e2e");

    /// <summary>A file copied from <c>tests/Portal.E2E/Fixtures</c> next to the test assembly.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FindWebDll()
    {
        var separator = Path.DirectorySeparatorChar;
        var configuration = AppContext.BaseDirectory.Contains($"{separator}Release{separator}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(Root, "src", "Portal.Web", "bin", configuration, "net10.0", "Portal.Web.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The site is not built: {path} is missing. Run `dotnet build Portal.sln` (or `dotnet test tests/Portal.E2E`, which builds it).", path);
    }
}
