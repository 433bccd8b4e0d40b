using System.Text.Json.Nodes;
using Portal.Contents.Models;
using Portal.Contents.Taxonomies;
using Portal.Core.Content;
using Portal.Core.Routing;
using Portal.Theming.Liquid;
using Portal.Theming.Rendering;

namespace Portal.Contents.Services;

/// <summary>
/// The title, description, canonical URL, Open Graph values and breadcrumb of an item's page, from its own values:
/// the description is the item's Summary field, else the start of its body.
/// </summary>
public sealed class ItemPageMeta(RouteTable routes, TaxonomyTerms taxonomies)
{
    private const int DescriptionLength = 160;
    private const int ShareImageWidth = 1200;

    public async Task<PageMeta> BuildAsync(ContentItem item)
    {
        var own = item.Part(item.ContentType);
        var meta = new PageMeta
        {
            Title = item.DisplayText,
            CanonicalPath = routes.PathOf(item.ContentItemId) is { } path ? "/" + path : null,
            BodyClass = $"page-{item.ContentType.ToLowerInvariant()}",
            Description = Description(item, own),
            OgImage = FirstImage(own) is { } image ? ThemingFilters.ResizeUrl(image, ShareImageWidth) : null,
        };

        switch (item.ContentType)
        {
            case SiteTypes.Article:
                meta.OgType = "article";
                meta.PublishedUtc = item.PublishedUtc;
                meta.Breadcrumbs.Add(new Breadcrumb(SiteTypes.NewsTitle, "/" + SiteTypes.NewsPath));
                if (own?[SiteTypes.CategoryField] is JsonObject category &&
                    (category["TermContentItemIds"] as JsonArray)?.FirstOrDefault()?.ToString() is { Length: > 0 } termId &&
                    await taxonomies.FindAsync(category["TaxonomyContentItemId"]?.ToString(), termId) is { } term)
                {
                    meta.Breadcrumbs.Add(new Breadcrumb(term.Title, term.Url));
                }

                break;
            case SiteTypes.Event:
                meta.Breadcrumbs.Add(new Breadcrumb(SiteTypes.EventsTitle, "/" + SiteTypes.EventsPath));
                break;
            case SiteTypes.Organization:
                meta.Breadcrumbs.Add(new Breadcrumb(SiteTypes.OrganizationsTitle, "/" + SiteTypes.OrganizationsPath));
                break;
        }

        meta.Breadcrumbs.Add(new Breadcrumb(item.DisplayText, null));
        return meta;
    }

    private static string? Description(ContentItem item, JsonObject? own)
    {
        var summary = (own?["Summary"] as JsonObject)?["Text"]?.ToString();
        var source = !string.IsNullOrWhiteSpace(summary) ? summary : item.Part("HtmlBodyPart")?["Html"]?.ToString();
        var text = ThemingFilters.Excerpt(source ?? "", DescriptionLength);
        return text.Length > 0 ? text : null;
    }

    /// <summary>The first path of the first media field of the item's own part.</summary>
    private static string? FirstImage(JsonObject? own) =>
        (own ?? []).Select(p => (p.Value as JsonObject)?["Paths"] as JsonArray)
            .Select(paths => paths?.FirstOrDefault()?.ToString())
            .FirstOrDefault(p => !string.IsNullOrEmpty(p));
}
