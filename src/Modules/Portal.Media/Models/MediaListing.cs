namespace Portal.Media.Models;

/// <summary>The content of one folder of the library.</summary>
/// <param name="Folder">The folder ("" for the root).</param>
/// <param name="Folders">The paths of its sub-folders.</param>
/// <param name="Files">Its files, newest first.</param>
public sealed record MediaListing(string Folder, IReadOnlyList<string> Folders, IReadOnlyList<MediaEntry> Files);
