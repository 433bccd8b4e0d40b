namespace Portal.Contents.Models;

/// <summary>A link of a menu with its sub-items; <see cref="Url"/> is site-relative ("/tin-tuc") or absolute.</summary>
public sealed record MenuItemViewModel(string Text, string Url, string? Target, IReadOnlyList<MenuItemViewModel> Items)
{
    public bool HasItems => Items.Count > 0;

    /// <summary>True for links to other sites (shown with rel="noopener").</summary>
    public bool IsExternal => Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where <paramref name="path"/> stands to this link, as the value of <c>aria-current</c>: "page" when it is the
    /// link's own page, "true" when it is under it ("/tin-tuc/hoi-thao/bai-viet" under "/tin-tuc") or under one of its
    /// sub-items, so a reader on an article still sees which section of the menu they are in; "" otherwise.
    /// </summary>
    public string CurrentState(string path)
    {
        var own = Url.Length > 1 ? Url.TrimEnd('/') : Url;
        var here = path.Length > 1 ? path.TrimEnd('/') : path;
        if (string.Equals(here, own, StringComparison.OrdinalIgnoreCase))
        {
            return "page";
        }

        var under = !IsExternal && own != "/" && here.StartsWith(own + "/", StringComparison.OrdinalIgnoreCase);
        return under || Items.Any(i => i.CurrentState(path) != "") ? "true" : "";
    }
}
