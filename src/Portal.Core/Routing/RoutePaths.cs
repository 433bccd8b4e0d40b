using System.Text.RegularExpressions;

namespace Portal.Core.Routing;

/// <summary>How paths are written and compared.</summary>
public static partial class RoutePaths
{
    /// <summary>Longest path an item may have.</summary>
    public const int MaxLength = 1000;

    /// <summary>The comparison key: no slashes at either end, lower case ("/Tin-Tuc/ABC/" → "tin-tuc/abc").</summary>
    public static string Key(string? path) => (path ?? "").Trim().Trim('/').ToLowerInvariant();

    /// <summary>A path as stored: trimmed, no slashes at either end, "~/" removed.</summary>
    public static string Normalize(string? path)
    {
        var trimmed = (path ?? "").Trim();
        if (trimmed.StartsWith("~/", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        return trimmed.Trim('/');
    }

    /// <summary>Letters (any script), digits, '-', '_', '.', '~' in segments separated by single slashes.</summary>
    public static bool IsValid(string path) => path.Length <= MaxLength && ValidPath().IsMatch(path);

    [GeneratedRegex(@"^[\p{L}\p{M}\p{N}\-_.~]+(/[\p{L}\p{M}\p{N}\-_.~]+)*$")]
    private static partial Regex ValidPath();
}
