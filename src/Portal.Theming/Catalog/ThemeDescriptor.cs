namespace Portal.Theming.Catalog;

/// <summary>An installed theme: a folder under <c>themes/</c> with <c>theme.json</c>, <c>Views/</c> and <c>wwwroot/</c>.</summary>
public sealed record ThemeDescriptor(string Name, string DisplayName, string? Description, IReadOnlyList<string> Zones, string RootPath)
{
    public string ViewsPath => Path.Combine(RootPath, "Views");

    public string WwwRootPath => Path.Combine(RootPath, "wwwroot");
}
