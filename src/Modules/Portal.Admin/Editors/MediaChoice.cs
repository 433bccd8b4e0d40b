namespace Portal.Admin.Editors;

/// <summary>A file chosen in a MediaField, as its editor shows it.</summary>
public sealed record MediaChoice(string Path, string Url, string AltText, bool IsImage, bool Exists);
