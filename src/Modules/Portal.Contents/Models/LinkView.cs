namespace Portal.Contents.Models;

/// <summary>A text with an optional URL, for field values that point somewhere.</summary>
public sealed record LinkView(string Text, string? Url);
