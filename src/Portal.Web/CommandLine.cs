using Portal.Core.Recipes;
using Portal.Core.Setup;

namespace Portal.Web;

/// <summary>
/// Commands run on the same program instead of the server:
/// <c>recipe import FILE [--dry-run] [--skip-unsupported]</c>.
/// </summary>
public static class CommandLine
{
    private const string Usage = "Cách dùng: recipe import TỆP [--dry-run] [--skip-unsupported]";

    /// <summary>True when the arguments name a command (the server is then not started).</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0].Equals("recipe", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A path as typed, relative to the current folder; failing that, relative to the application folder, where
    /// recipes/ is copied (so "recipes/demo-content.recipe.json" works from anywhere).
    /// </summary>
    private static string Locate(string path) =>
        File.Exists(path) || Path.IsPathRooted(path) || !File.Exists(Path.Combine(AppContext.BaseDirectory, path))
            ? path
            : Path.Combine(AppContext.BaseDirectory, path);

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var flags = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).Select(a => a.ToLowerInvariant()).ToHashSet();
        var words = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (words.Count != 3 || !words[1].Equals("import", StringComparison.OrdinalIgnoreCase) ||
            flags.Except(["--dry-run", "--skip-unsupported"]).Any())
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        RecipeDocument recipe;
        try
        {
            recipe = RecipeReader.ReadFile(Locate(words[2]));
        }
        catch (RecipeException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        await app.Services.GetRequiredService<PortalInitializer>().StartAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunAsync(recipe, new RecipeRunOptions
        {
            DryRun = flags.Contains("--dry-run"),
            SkipUnsupported = flags.Contains("--skip-unsupported"),
            Parameters = await RecipeParameters.ForAdministratorAsync(scope.ServiceProvider),
        });

        RecipeReportWriter.Write(report, report.Succeeded ? Console.Out : Console.Error);
        return report.Succeeded ? 0 : 1;
    }
}
