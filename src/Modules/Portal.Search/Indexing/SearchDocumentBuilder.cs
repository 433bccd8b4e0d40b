using Microsoft.Extensions.Options;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Search.Models;
using Portal.Search.Text;

namespace Portal.Search.Indexing;

/// <summary>Turns a published item of a searchable type into its <see cref="SearchDocument"/>.</summary>
public sealed class SearchDocumentBuilder(IOptions<SearchOptions> options)
{
    /// <summary>
    /// Words kept of one item's body: PostgreSQL records word positions up to 16,383 only, and a page of text that long
    /// already says what it is about.
    /// </summary>
    public const int MaxBodyWords = 16_000;

    public bool IsSearchable(string contentType) => options.Value.Types.ContainsKey(contentType);

    /// <summary>The label readers see beside a result of that type.</summary>
    public string LabelOf(string contentType) => options.Value.Types.GetValueOrDefault(contentType) ?? contentType;

    /// <summary>The document of a published item, or null when the item is not published or not of a searchable type.</summary>
    public SearchDocument? Build(ContentItem? item, ContentDefinitionDocument definitions)
    {
        if (item is null || !item.Published || !IsSearchable(item.ContentType))
        {
            return null;
        }

        var body = string.Join('\n', SearchableText.Sections(item, definitions));
        return new SearchDocument(
            item.ContentItemId,
            item.ContentType,
            DateOf(item),
            SearchTokenizer.IndexText(item.DisplayText),
            SearchTokenizer.IndexText(body, MaxBodyWords));
    }

    /// <summary>The date results are ordered by (newest first) and shown with.</summary>
    public static DateTime DateOf(ContentItem item) =>
        DateTime.SpecifyKind(item.PublishedUtc ?? item.CreatedUtc ?? DateTime.UnixEpoch, DateTimeKind.Utc);
}
