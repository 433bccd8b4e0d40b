namespace Portal.Contents.Lists;

/// <summary>A published path with the time its item last changed.</summary>
public sealed record SitemapEntry(string Path, DateTime? ModifiedUtc);
