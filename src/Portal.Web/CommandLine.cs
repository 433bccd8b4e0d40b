using Portal.Core.Recipes;
using Portal.Core.Setup;
using Portal.Search.Services;

namespace Portal.Web;

/// <summary>
/// Commands run on the same program instead of the server:
/// <c>recipe import FILE [--dry-run] [--skip-unsupported]</c> and <c>search rebuild</c>.
/// </summary>
public static class CommandLine
{
    private const string Usage = """
        Cách dùng:
          recipe import TỆP [--dry-run] [--skip-unsupported]
          search rebuild
        """;

    /// <summary>Each command: its two words, and what runs it with the remaining words and the flags.</summary>
    private static readonly Dictionary<string, Func<WebApplication, List<string>, HashSet<string>, Task<int>>> Commands =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["recipe import"] = RecipeImportAsync,
            ["search rebuild"] = SearchRebuildAsync,
        };

    /// <summary>True when the arguments name a command (the server is then not started).</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && Commands.Keys.Any(name => name.StartsWith(args[0] + " ", StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs the command and returns the process exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var flags = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).Select(a => a.ToLowerInvariant()).ToHashSet();
        var words = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (words.Count < 2 || !Commands.TryGetValue($"{words[0]} {words[1]}", out var command))
        {
            return UsageError();
        }

        return await command(app, words[2..], flags);
    }

    private static async Task<int> RecipeImportAsync(WebApplication app, List<string> operands, HashSet<string> flags)
    {
        if (operands.Count != 1 || flags.Except(["--dry-run", "--skip-unsupported"]).Any())
        {
            return UsageError();
        }

        RecipeDocument recipe;
        try
        {
            recipe = RecipeReader.ReadFile(Locate(operands[0]));
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

    private static async Task<int> SearchRebuildAsync(WebApplication app, List<string> operands, HashSet<string> flags)
    {
        if (operands.Count != 0 || flags.Count != 0)
        {
            return UsageError();
        }

        await app.Services.GetRequiredService<PortalInitializer>().StartAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<SearchIndexRebuilder>().RebuildAsync();
        Console.Out.WriteLine($"Đã dựng lại chỉ mục tìm kiếm: {Portal.Core.Text.VietnameseDates.FormatNumber(count)} nội dung.");
        return 0;
    }

    private static int UsageError()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    /// <summary>
    /// A path as typed, relative to the current folder; failing that, relative to the application folder, where
    /// recipes/ is copied (so "recipes/demo-content.recipe.json" works from anywhere).
    /// </summary>
    private static string Locate(string path) =>
        File.Exists(path) || Path.IsPathRooted(path) || !File.Exists(Path.Combine(AppContext.BaseDirectory, path))
            ? path
            : Path.Combine(AppContext.BaseDirectory, path);
}
