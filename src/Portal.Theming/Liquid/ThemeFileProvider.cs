using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Portal.Theming.Liquid;

/// <summary>
/// The Views folder of the active theme, where <c>{% render 'name' %}</c> finds partials. File information is
/// kept once read: a page renders a dozen partials, and asking the disk for each on every request showed in
/// profiles. Like parsed templates, edited theme files are picked up at the next start.
/// </summary>
public sealed class ThemeFileProvider : IFileProvider
{
    private volatile PhysicalFileProvider? current;
    private string? currentPath;
    private readonly ConcurrentDictionary<string, IFileInfo> files = new(StringComparer.Ordinal);

    /// <summary>Points the provider at a theme's Views folder; returns true when it changed.</summary>
    public bool Use(string viewsPath)
    {
        if (string.Equals(currentPath, viewsPath, StringComparison.Ordinal))
        {
            return false;
        }

        var old = current;
        current = Directory.Exists(viewsPath) ? new PhysicalFileProvider(viewsPath) : null;
        currentPath = viewsPath;
        files.Clear();
        old?.Dispose();
        return true;
    }

    public IFileInfo GetFileInfo(string subpath) =>
        current is { } provider ? files.GetOrAdd(subpath, provider.GetFileInfo) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => current?.GetDirectoryContents(subpath) ?? NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
