namespace Portal.Theming.Rendering;

/// <summary>One entry of a pager: a page number with its URL, or a gap ("…").</summary>
public sealed record PagerLink(int Number, string? Url, bool IsCurrent, bool IsGap);
