using System.Text.Json.Nodes;
using Portal.Contents.Models;
using Portal.Core.Content;
using Portal.Core.Content.Handlers;
using Portal.Core.Routing;

namespace Portal.Contents.Taxonomies;

/// <summary>
/// Reads terms from their taxonomy item (terms live inside <c>TaxonomyPart.Terms</c>, Orchard's shape), which comes
/// from the published content cache; their URLs come from the route table.
/// </summary>
public sealed class TaxonomyTerms(PublishedContentCache content, RouteTable routes)
{
    /// <summary>The terms of a taxonomy in the editors' order, children after their parent.</summary>
    public async Task<IReadOnlyList<TermInfo>> TermsOfAsync(string? taxonomyContentItemId)
    {
        if (string.IsNullOrEmpty(taxonomyContentItemId) || await content.GetAsync(taxonomyContentItemId) is not { } taxonomy)
        {
            return [];
        }

        return AutoroutePartHandler.Terms(taxonomy).Select(term => ToInfo(term, taxonomy.ContentItemId)).OfType<TermInfo>().ToList();
    }

    /// <summary>One term of a taxonomy, or null when either is not published.</summary>
    public async Task<TermInfo?> FindAsync(string? taxonomyContentItemId, string termContentItemId) =>
        (await TermsOfAsync(taxonomyContentItemId)).FirstOrDefault(t => t.ContentItemId == termContentItemId);

    private TermInfo? ToInfo(JsonObject term, string taxonomyId)
    {
        var id = term["ContentItemId"]?.ToString();
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var title = (term["TitlePart"] as JsonObject)?["Title"]?.ToString() ?? term["DisplayText"]?.ToString() ?? "";
        var path = routes.PathOf(id);
        return new TermInfo(id, title, path is null ? "" : "/" + path, taxonomyId);
    }
}
