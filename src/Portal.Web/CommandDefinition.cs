namespace Portal.Web;

/// <summary>One command of the command line: "recipe import" with its usage line, what it accepts and what runs it.</summary>
/// <param name="Name">The words that name it, e.g. "recipe import".</param>
/// <param name="Usage">The usage line printed on a mistake.</param>
/// <param name="Positional">How many plain arguments it takes (a file...).</param>
/// <param name="Flags">Options without a value (<c>--dry-run</c>).</param>
/// <param name="Options">Options with a value (<c>--types A,B</c> or <c>--types=A,B</c>).</param>
/// <param name="Run">Runs the command; returns the exit code.</param>
public sealed record CommandDefinition(
    string Name, string Usage, int Positional, IReadOnlyList<string> Flags, IReadOnlyList<string> Options,
    Func<WebApplication, CommandArguments, Task<int>> Run)
{
    public string[] Words { get; } = Name.Split(' ');
}
