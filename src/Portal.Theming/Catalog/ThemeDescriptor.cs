namespace Portal.Theming.Catalog;

/// <summary>
/// An installed theme: a folder under <c>themes/</c> with <c>theme.json</c>, <c>Views/</c> and <c>wwwroot/</c>.
/// <see cref="Icon"/> is the site's icon, a path under <c>wwwroot/</c> (<c>"icon": "img/logo.svg"</c> in theme.json).
/// </summary>
public sealed record ThemeDescriptor(string Name, string DisplayName, string? Description, IReadOnlyList<string> Zones, string RootPath, string? Icon = null)
{
    public string ViewsPath => Path.Combine(RootPath, "Views");

    public string WwwRootPath => Path.Combine(RootPath, "wwwroot");
}
