using Portal.Core.Setup;

namespace Portal.Web;

/// <summary>
/// Commands run on the same program instead of the server. Each command is one line of <see cref="Commands"/>:
/// its words, its usage, the options it accepts, and the method that runs it.
/// </summary>
public static class CommandLine
{
    private static readonly CommandDefinition[] Commands =
    [
        new("recipe import", "recipe import TỆP [--dry-run] [--skip-unsupported]", 1, ["--dry-run", "--skip-unsupported"], [], RecipeCommands.ImportAsync),
        new("recipe export", "recipe export TỆP [--types Loại1,Loại2] [--no-content]", 1, ["--no-content"], ["--types"], RecipeCommands.ExportAsync),
        new("search rebuild", "search rebuild", 0, [], [], SearchCommands.RebuildAsync),
    ];

    /// <summary>True when the arguments name a command (the server is then not started).</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && Commands.Any(c => c.Words[0].Equals(args[0], StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs the command and returns the process exit code: 0 done, 1 failed, 2 wrong usage.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var command = Commands.FirstOrDefault(c => args.Length >= c.Words.Length &&
            c.Words.Select((word, i) => word.Equals(args[i], StringComparison.OrdinalIgnoreCase)).All(same => same));
        var arguments = command is null ? null : CommandArguments.Parse(args.Skip(command.Words.Length), command);
        if (command is null || arguments is null)
        {
            Console.Error.WriteLine("Cách dùng:");
            foreach (var usage in (command is null ? Commands : [command]).Select(c => c.Usage))
            {
                Console.Error.WriteLine($"  {usage}");
            }

            return 2;
        }

        return await command.Run(app, arguments);
    }

    /// <summary>Creates or upgrades the database and sets the site up if it is empty, as the server does at start.</summary>
    internal static Task InitializeAsync(WebApplication app) =>
        app.Services.GetRequiredService<PortalInitializer>().StartAsync(CancellationToken.None);

    /// <summary>
    /// A path as typed, relative to the current folder; failing that, relative to the application folder, where
    /// recipes/ is copied (so "recipes/demo-content.recipe.json" works from anywhere).
    /// </summary>
    internal static string Locate(string path) =>
        File.Exists(path) || Path.IsPathRooted(path) || !File.Exists(Path.Combine(AppContext.BaseDirectory, path))
            ? path
            : Path.Combine(AppContext.BaseDirectory, path);
}
