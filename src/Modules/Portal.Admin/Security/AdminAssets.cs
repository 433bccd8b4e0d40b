using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;

namespace Portal.Admin.Security;

/// <summary>The dashboard's own files (css, js, and the npm libraries), embedded in the module and served at <c>/admin/assets</c>.</summary>
public sealed class AdminAssets
{
    public const string UrlPrefix = "/admin/assets";

    private readonly Dictionary<string, string> versions = new(StringComparer.Ordinal);

    public AdminAssets() => Files = new ManifestEmbeddedFileProvider(typeof(AdminAssets).Assembly, "wwwroot");

    public IFileProvider Files { get; }

    /// <summary>The URL of a file with a hash of its content, so browsers may keep it for a year.</summary>
    public string Url(string path)
    {
        lock (versions)
        {
            if (!versions.TryGetValue(path, out var version))
            {
                var file = Files.GetFileInfo(path);
                if (file.Exists)
                {
                    using var stream = file.CreateReadStream();
                    version = Convert.ToHexString(SHA256.HashData(stream))[..12].ToLowerInvariant();
                }

                versions[path] = version ??= "";
            }

            return $"{UrlPrefix}/{path}" + (version.Length > 0 ? "?v=" + version : "");
        }
    }
}
