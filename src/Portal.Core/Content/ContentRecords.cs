using Portal.Core.Data;
using Portal.Core.Text;

namespace Portal.Core.Content;

/// <summary>Maps between stored version rows and content items.</summary>
internal static class ContentRecords
{
    /// <summary>The item of a row; the row's columns are authoritative for flags and dates.</summary>
    public static ContentItem ToItem(ContentItemRecord record)
    {
        var item = ContentJson.FromJson(record.Data);
        item.ContentItemId = record.ContentItemId;
        item.ContentItemVersionId = record.ContentItemVersionId;
        item.ContentType = record.ContentType;
        item.DisplayText = record.DisplayText;
        item.Latest = record.Latest;
        item.Published = record.Published;
        item.Owner = record.Owner;
        item.Author = record.Author;
        item.CreatedUtc = record.CreatedUtc;
        item.ModifiedUtc = record.ModifiedUtc;
        item.PublishedUtc = record.PublishedUtc;
        item.Revision = record.Revision;
        return item;
    }

    /// <summary>Copies an item's values into a row (new or existing) and bumps the row's revision.</summary>
    public static void CopyTo(ContentItem item, ContentItemRecord record)
    {
        record.ContentItemId = item.ContentItemId;
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.ContentType = item.ContentType;
        record.DisplayText = Truncate(item.DisplayText, 1024);
        record.DisplayTextKey = Truncate(VietnameseText.Fold(item.DisplayText), 1024);
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.Data = ContentJson.ToText(item);
        record.Revision++;
        item.Revision = record.Revision;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
