namespace Portal.Core.Recipes;

/// <summary>
/// One file a step brings in, as Orchard Core's <c>media</c> step names it: where it goes (<see cref="TargetPath"/>)
/// and either a file next to the recipe or bytes embedded as Base64.
/// </summary>
/// <param name="Index">The entry's position in its list, for messages.</param>
/// <param name="TargetPath">A relative path with forward slashes, checked to stay inside its root.</param>
/// <param name="SourcePath">The full path of the file next to the recipe, or null for embedded bytes.</param>
/// <param name="Content">The embedded bytes, or null for a file.</param>
public sealed record RecipeFileEntry(int Index, string TargetPath, string? SourcePath, byte[]? Content)
{
    /// <summary>The size in bytes.</summary>
    public long Length => Content?.LongLength ?? new FileInfo(SourcePath!).Length;

    /// <summary>Opens the bytes for reading.</summary>
    public Stream Open() => Content is not null ? new MemoryStream(Content, writable: false) : File.OpenRead(SourcePath!);
}
