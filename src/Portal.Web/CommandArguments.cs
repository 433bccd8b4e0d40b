namespace Portal.Web;

/// <summary>The arguments after a command's words: plain values, flags and options with values.</summary>
public sealed class CommandArguments
{
    private readonly HashSet<string> flags = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> options = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Values { get; } = [];

    public bool Has(string flag) => flags.Contains(flag);

    public string? Option(string name) => options.GetValueOrDefault(name);

    /// <summary>The arguments, or null when something is not what the command accepts (the usage is then printed).</summary>
    public static CommandArguments? Parse(IEnumerable<string> args, CommandDefinition command)
    {
        var result = new CommandArguments();
        using var items = args.GetEnumerator();
        while (items.MoveNext())
        {
            var arg = items.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                result.Values.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=');
            var name = equals > 0 ? arg[..equals] : arg;
            if (name.Contains(':') && equals > 0)
            {
                // A configuration key (--Portal:Database:Provider=Postgres): the host has read it already.
                continue;
            }

            if (command.Flags.Contains(name, StringComparer.OrdinalIgnoreCase) && equals < 0)
            {
                result.flags.Add(name);
            }
            else if (command.Options.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var value = equals > 0 ? arg[(equals + 1)..] : items.MoveNext() ? items.Current : null;
                if (string.IsNullOrWhiteSpace(value) || value.StartsWith("--", StringComparison.Ordinal))
                {
                    return null;
                }

                result.options[name] = value;
            }
            else
            {
                return null;
            }
        }

        return result.Values.Count == command.Positional ? result : null;
    }
}
