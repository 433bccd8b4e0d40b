using Microsoft.AspNetCore.Http;
using Portal.Contents.Services;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Settings;
using Portal.Search.Indexing;
using Portal.Search.Models;
using Portal.Search.Querying;
using Portal.Search.Text;
using Portal.Theming.Rendering;

namespace Portal.Search.Services;

/// <summary>
/// <c>/tim-kiem?q=...&amp;page=N</c>: one page of results from the index, the items themselves from the published
/// content cache (only this page's), rendered with the theme's <c>Search.liquid</c>. A page number that names no page
/// is the 404 page, as on the lists.
/// </summary>
public sealed class SearchPage(
    ISearchIndex index,
    SearchDocumentBuilder documents,
    PublishedContentCache content,
    ContentDefinitionManager definitions,
    SiteSettingsManager settings,
    ThemeRenderer renderer,
    NotFoundPage notFound)
{
    public const string Path = "/" + RoutePath;
    public const string RoutePath = "tim-kiem";
    public const string QueryKey = "q";
    public const string Title = "Tìm kiếm";

    public async Task RenderAsync(HttpContext http)
    {
        var values = http.Request.Query[QueryKey];
        var query = SearchQuery.Parse(values.Count > 0 ? values[0] : null);
        if (PageNumber.From(http.Request) is not { } number)
        {
            await notFound.RenderAsync(http);
            return;
        }

        var size = (await settings.GetAsync()).PageSize;
        var skip = (long)(number - 1) * size;
        if (skip >= RankedSearch.MaxCounted)
        {
            // Past the last page there can be (matches are counted up to that many); also keeps "?page=999999999" in range.
            await notFound.RenderAsync(http);
            return;
        }

        var hits = await index.SearchAsync(query, (int)skip, size, http.RequestAborted);
        var pager = new Pager(Path, number, size, hits.Total, query.Text.Length > 0 ? $"{QueryKey}={Uri.EscapeDataString(query.Text)}" : null);
        if (number > pager.PageCount)
        {
            await notFound.RenderAsync(http);
            return;
        }

        var meta = new PageMeta
        {
            Title = query.Text.Length == 0 ? Title : number > 1 ? $"{Title}: {query.Text} - Trang {number}" : $"{Title}: {query.Text}",
            // Result pages are for readers, not for search engines.
            Robots = "noindex",
            BodyClass = "page-search",
        };
        meta.Breadcrumbs.Add(new Breadcrumb(Title, null));
        await renderer.RenderAsync(http, new ThemePage
        {
            Templates = ["Search"],
            Model = new SearchPageViewModel
            {
                Query = query.Text,
                HasTerms = query.HasTerms,
                Total = hits.Total,
                MoreThanTotal = hits.MoreThanTotal,
                Results = await ResultsAsync(hits, query),
                Pager = pager,
            },
            Meta = meta,
        });
    }

    private async Task<List<SearchResultViewModel>> ResultsAsync(SearchHits hits, SearchQuery query)
    {
        if (hits.ContentItemIds.Count == 0)
        {
            return [];
        }

        var definitionDocument = await definitions.GetAsync();
        // An item unpublished a moment ago may still be in the page of ids: the cache no longer returns it.
        return (await content.GetManyAsync(hits.ContentItemIds)).Select(item => new SearchResultViewModel
        {
            Item = item,
            TypeLabel = documents.LabelOf(item, definitionDocument),
            Date = SearchDocumentBuilder.ShownDateOf(item),
            Title = Highlighter.Mark(item.DisplayText, query),
            Excerpt = Highlighter.ExcerptOf(SearchableText.Sections(item, definitionDocument), query),
        }).ToList();
    }
}
