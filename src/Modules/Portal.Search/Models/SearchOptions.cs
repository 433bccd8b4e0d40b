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
        // An organization of no known kind; the others are labelled by their kind (SearchDocumentBuilder.LabelOf).
        [SiteTypes.Organization] = "Tổ chức",
        ["Page"] = "Trang",
    };
}
