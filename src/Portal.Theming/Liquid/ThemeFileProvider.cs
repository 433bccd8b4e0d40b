using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Portal.Theming.Liquid;

/// <summary>The Views folder of the active theme, where <c>{% render 'name' %}</c> finds partials.</summary>
public sealed class ThemeFileProvider : IFileProvider
{
    private volatile PhysicalFileProvider? current;
    private string? currentPath;

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
        old?.Dispose();
        return true;
    }

    public IFileInfo GetFileInfo(string subpath) => current?.GetFileInfo(subpath) ?? new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => current?.GetDirectoryContents(subpath) ?? NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
