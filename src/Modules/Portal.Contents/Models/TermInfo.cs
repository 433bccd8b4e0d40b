namespace Portal.Contents.Models;

/// <summary>A taxonomy term as templates see it: its id, title, public URL and the taxonomy it belongs to.</summary>
public sealed record TermInfo(string ContentItemId, string Title, string Url, string TaxonomyContentItemId);
