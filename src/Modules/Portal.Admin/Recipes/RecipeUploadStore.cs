using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Portal.Core.Modules;

namespace Portal.Admin.Recipes;

/// <summary>
/// Keeps an uploaded recipe on the server between its dry run and the admin's confirmation, so the import applies the
/// very bytes that were planned: <c>&lt;AppDataPath&gt;/recipes-uploads/&lt;random id&gt;.json</c>. The page only ever
/// holds the id (32 hex digits, checked), never a path; a file is deleted once imported, and ignored then deleted
/// after a day.
/// </summary>
public sealed partial class RecipeUploadStore(PortalEnvironment environment, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public string Folder => Path.Combine(environment.AppDataPath, "recipes-uploads");

    /// <summary>Stores the bytes under a new random id and returns the id.</summary>
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        DeleteExpired();
        Directory.CreateDirectory(Folder);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = PathOf(id);
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path);
        return id;
    }

    /// <summary>The stored bytes, or null when the id is malformed, unknown, already used or older than a day.</summary>
    public async Task<byte[]?> ReadAsync(string? id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id) || !File.Exists(PathOf(id!)) || IsExpired(PathOf(id!)))
        {
            return null;
        }

        try
        {
            return await File.ReadAllBytesAsync(PathOf(id!), cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null; // imported by a concurrent confirmation
        }
    }

    public void Delete(string? id)
    {
        if (IsId(id))
        {
            File.Delete(PathOf(id!));
        }
    }

    /// <summary>Deletes uploads older than <see cref="Lifetime"/> (abandoned plans).</summary>
    public void DeleteExpired()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Folder).Where(IsExpired))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Another request is deleting it too.
            }
        }
    }

    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    private string PathOf(string id) => Path.Combine(Folder, id + ".json");

    private bool IsExpired(string path) => clock.GetUtcNow().UtcDateTime - File.GetLastWriteTimeUtc(path) > Lifetime;

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
