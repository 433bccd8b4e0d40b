using Portal.Contents.Models;

namespace Portal.Search.Models;

/// <summary>Which content types readers can find, with the label shown beside each result.</summary>
public sealed class SearchOptions
{
    /// <summary>Type name → label ("Article" → "Tin tức"). Other types (menus, taxonomies) are never indexed.</summary>
    public Dictionary<string, string> Types { get; } = new(StringComparer.Ordinal)
    {
        [SiteTypes.Article] = SiteTypes.NewsTitle,
        [SiteTypes.Event] = SiteTypes.EventsTitle,
        [SiteTypes.Organization] = SiteTypes.OrganizationsTitle,
        ["Page"] = "Trang",
    };
}
