namespace Portal.Core.Routing;

/// <summary>Paths that belong to the application, so no content item may take them. Modules add their own.</summary>
public sealed class ReservedPathOptions
{
    /// <summary>Whole first segments ("admin" reserves "admin" and "admin/..."), compared ignoring case.</summary>
    public HashSet<string> Segments { get; } = new(StringComparer.OrdinalIgnoreCase) { "admin", "api", "media", "themes", "_content" };

    /// <summary>Exact paths ("sitemap.xml", "tin-tuc").</summary>
    public HashSet<string> Exact { get; } = new(StringComparer.OrdinalIgnoreCase) { "robots.txt", "favicon.ico" };

    public bool IsReserved(string pathKey)
    {
        var first = pathKey.Split('/', 2)[0];
        return Segments.Contains(first) || Exact.Contains(pathKey);
    }
}
