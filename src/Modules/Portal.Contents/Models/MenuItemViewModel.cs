namespace Portal.Contents.Models;

/// <summary>A link of a menu with its sub-items; <see cref="Url"/> is site-relative ("/tin-tuc") or absolute.</summary>
public sealed record MenuItemViewModel(string Text, string Url, string? Target, IReadOnlyList<MenuItemViewModel> Items)
{
    public bool HasItems => Items.Count > 0;

    /// <summary>True for links to other sites (shown with rel="noopener").</summary>
    public bool IsExternal => Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
