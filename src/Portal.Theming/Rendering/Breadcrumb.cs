namespace Portal.Theming.Rendering;

/// <summary>One step of the breadcrumb; the last one has no URL.</summary>
public sealed record Breadcrumb(string Title, string? Url);
