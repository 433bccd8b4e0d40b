using System.Collections.Concurrent;
using System.Security.Cryptography;
using Portal.Theming.Catalog;

namespace Portal.Theming.Rendering;

/// <summary>
/// URLs of a theme's static files, with a short hash of the file so they can be cached for a year and still
/// change when the file does.
/// </summary>
public sealed class ThemeAssets(ThemeCatalog catalog)
{
    public const string UrlPrefix = "/themes";

    private readonly ConcurrentDictionary<string, string> urls = new(StringComparer.Ordinal);

    public string Url(string theme, string relativePath)
    {
        var clean = relativePath.TrimStart('/');
        return urls.GetOrAdd($"{theme}/{clean}", _ =>
        {
            var url = $"{UrlPrefix}/{theme}/{clean}";
            var file = catalog.Get(theme) is { } descriptor ? Path.Combine(descriptor.WwwRootPath, clean) : null;
            if (file is null || !File.Exists(file))
            {
                return url;
            }

            using var stream = File.OpenRead(file);
            return $"{url}?v={Convert.ToHexString(SHA256.HashData(stream))[..10].ToLowerInvariant()}";
        });
    }
}
