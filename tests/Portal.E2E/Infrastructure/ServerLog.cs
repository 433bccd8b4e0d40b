using System.Text;
using System.Text.RegularExpressions;

namespace Portal.E2E.Infrastructure;

/// <summary>
/// The site's NLog files (<c>&lt;AppDataPath&gt;/logs/*.log</c>, one per day), read from a remembered position so a
/// test sees only what the server wrote while it ran. Positions rather than timestamps: the files are written in the
/// server's local time and a test may cross midnight into a new file.
/// </summary>
public sealed partial class ServerLog(string appDataPath)
{
    /// <summary>NLog writes through an async target: give it this long to reach the file before reading.</summary>
    private static readonly TimeSpan FlushDelay = TimeSpan.FromMilliseconds(300);

    public string Folder { get; } = Path.Combine(appDataPath, "logs");

    /// <summary>The current end of every log file; pass it to <see cref="ErrorsSinceAsync"/>.</summary>
    public IReadOnlyDictionary<string, long> Mark() =>
        Files().ToDictionary(file => file, file => new FileInfo(file).Length);

    /// <summary>Every ERROR or FATAL entry (with its exception lines) written after the mark.</summary>
    public async Task<IReadOnlyList<string>> ErrorsSinceAsync(IReadOnlyDictionary<string, long> mark)
    {
        await Task.Delay(FlushDelay);
        var errors = new List<string>();
        foreach (var file in Files())
        {
            var text = ReadFrom(file, mark.TryGetValue(file, out var offset) ? offset : 0);
            errors.AddRange(Entries(text).Where(IsError));
        }

        return errors;
    }

    private IEnumerable<string> Files() =>
        Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.log").Order(StringComparer.Ordinal) : [];

    private static string ReadFrom(string file, long offset)
    {
        // The server keeps the file open for writing: share it.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (offset > stream.Length)
        {
            offset = 0;
        }

        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>An entry starts with NLog's <c>longdate</c>; the lines after it (an exception's stack) belong to it.</summary>
    private static IEnumerable<string> Entries(string text)
    {
        var entry = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (EntryStart().IsMatch(line) && entry.Length > 0)
            {
                yield return entry.ToString().TrimEnd();
                entry.Clear();
            }

            entry.Append(line.TrimEnd('\r')).Append('\n');
        }

        if (entry.ToString().Trim().Length > 0)
        {
            yield return entry.ToString().TrimEnd();
        }
    }

    /// <summary>The level is the second column of the layout (<c>longdate|LEVEL|logger|trace|message</c>).</summary>
    private static bool IsError(string entry)
    {
        var columns = entry.Split('|', 3);
        return columns.Length > 2 && columns[1] is "ERROR" or "FATAL";
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")]
    private static partial Regex EntryStart();
}
