using System.Text.Json.Nodes;
using Portal.Core.Content.Fields;
using Portal.Core.Data;

namespace Portal.Core.Content.Handlers;

/// <summary>Writes the index rows that lists filter and sort on: taxonomy terms, dates, numbers, yes/no, picked items.</summary>
public sealed class FieldIndexHandler : IContentHandler
{
    private const int MaxTextLength = 256;

    public int Order => 100;

    public Task IndexingAsync(ContentIndexContext context)
    {
        foreach (var (item, published, latest) in context.Versions())
        {
            var type = context.Definitions.Type(item.ContentType);
            if (type is null)
            {
                continue;
            }

            foreach (var (part, field) in context.Definitions.FieldsOf(type))
            {
                if (item.Field(part.Name, field.Name) is not { } value)
                {
                    continue;
                }

                var row = new FieldValueRecord
                {
                    ContentItemId = item.ContentItemId,
                    ContentType = item.ContentType,
                    PartName = part.Name,
                    FieldName = field.Name,
                    Published = published,
                    Latest = latest,
                };
                switch (field.FieldName)
                {
                    case nameof(TaxonomyField):
                        IndexTerms(context, item, part.Name, field.Name, value, published, latest);
                        break;
                    case nameof(DateTimeField) or nameof(DateField):
                        row.DateValue = ContentJson.AsDate(value["Value"]);
                        AddIf(context, row, row.DateValue is not null);
                        break;
                    case nameof(NumericField):
                        row.NumberValue = value["Value"] is JsonValue n && decimal.TryParse(n.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
                        AddIf(context, row, row.NumberValue is not null);
                        break;
                    case nameof(BooleanField):
                        row.BooleanValue = value["Value"] is JsonValue b && bool.TryParse(b.ToString(), out var flag) && flag;
                        AddIf(context, row, true);
                        break;
                    case nameof(ContentPickerField):
                        foreach (var id in Strings(value["ContentItemIds"]))
                        {
                            AddIf(context, Copy(row, id), true);
                        }

                        break;
                    case nameof(TextField):
                        var text = value["Text"]?.ToString();
                        AddIf(context, Copy(row, text is { Length: > MaxTextLength } ? text[..MaxTextLength] : text), !string.IsNullOrEmpty(text));
                        break;
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void IndexTerms(ContentIndexContext context, ContentItem item, string part, string field, JsonObject value, bool published, bool latest)
    {
        var taxonomyId = value["TaxonomyContentItemId"]?.ToString() ?? "";
        foreach (var termId in Strings(value["TermContentItemIds"]))
        {
            context.Db.TaxonomyIndex.Add(new TaxonomyRecord
            {
                ContentItemId = item.ContentItemId,
                ContentType = item.ContentType,
                PartName = part,
                FieldName = field,
                TaxonomyContentItemId = taxonomyId,
                TermContentItemId = termId,
                Published = published,
                Latest = latest,
                PublishedUtc = item.PublishedUtc,
            });
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) =>
        (node as JsonArray ?? []).Select(n => n?.ToString()).Where(s => !string.IsNullOrEmpty(s)).Distinct()!;

    private static FieldValueRecord Copy(FieldValueRecord row, string? text) => new()
    {
        ContentItemId = row.ContentItemId,
        ContentType = row.ContentType,
        PartName = row.PartName,
        FieldName = row.FieldName,
        Published = row.Published,
        Latest = row.Latest,
        TextValue = text,
    };

    private static void AddIf(ContentIndexContext context, FieldValueRecord row, bool condition)
    {
        if (condition)
        {
            context.Db.FieldValues.Add(row);
        }
    }
}
