using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Portal.Contents.Models;
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

    /// <summary>
    /// The label readers see beside this item: an organization says what kind it is (the name of its Kind field's
    /// chosen option in the type definition: "Hội thành viên", "Trung tâm, viện trực thuộc"...), other items their type.
    /// </summary>
    public string LabelOf(ContentItem item, ContentDefinitionDocument definitions)
    {
        if (item.ContentType == SiteTypes.Organization &&
            item.Field(SiteTypes.Organization, SiteTypes.KindField)?["Text"]?.ToString() is { Length: > 0 } kind &&
            KindName(definitions, kind) is { } name)
        {
            return name;
        }

        return LabelOf(item.ContentType);
    }

    /// <summary>
    /// The date shown with a result: when an event starts (not when it was announced), none for an item whose
    /// publication date means nothing to a reader (an organization: that is when it was entered or imported),
    /// and the publication date of the others.
    /// </summary>
    public static DateTime? ShownDateOf(ContentItem item)
    {
        if (item.Field(item.ContentType, SiteTypes.StartDateField)?["Value"] is { } start)
        {
            return ContentJson.AsDate(start);
        }

        return item.ContentType == SiteTypes.Organization ? null : DateOf(item);
    }

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

    /// <summary>The date results are ordered by (newest first); <see cref="ShownDateOf"/> is the one readers see.</summary>
    public static DateTime DateOf(ContentItem item) =>
        DateTime.SpecifyKind(item.PublishedUtc ?? item.CreatedUtc ?? DateTime.UnixEpoch, DateTimeKind.Utc);

    private static string? KindName(ContentDefinitionDocument definitions, string kind)
    {
        var field = definitions.Part(SiteTypes.Organization)?.Fields.FirstOrDefault(f => f.Name == SiteTypes.KindField);
        var options = (field?.Settings["TextFieldPredefinedListEditorSettings"] as JsonObject)?["Options"] as JsonArray ?? [];
        return options.OfType<JsonObject>().Where(o => o["value"]?.ToString() == kind).Select(o => o["name"]?.ToString()).FirstOrDefault(n => !string.IsNullOrEmpty(n))
            ?? SiteTypes.OrganizationKinds.Where(k => k.Value == kind).Select(k => k.Title).FirstOrDefault();
    }
}
