namespace Portal.Core.Content;

/// <summary>A validation message for one field ("TitlePart.Title", "Article.Summary") or for the whole item (empty key).</summary>
public sealed record ContentError(string Key, string Message);
