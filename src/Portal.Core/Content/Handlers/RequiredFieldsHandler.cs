using System.Text.Json.Nodes;

namespace Portal.Core.Content.Handlers;

/// <summary>Refuses to publish an item whose required fields are empty.</summary>
public sealed class RequiredFieldsHandler : IContentHandler
{
    public int Order => 50;

    public Task ValidatingAsync(ContentSaveContext context)
    {
        if (!context.Publishing || context.IsImport)
        {
            return Task.CompletedTask;
        }

        foreach (var (part, field) in context.Definitions.FieldsOf(context.Type).Where(f => f.Field.Required))
        {
            if (IsEmpty(context.Item.Field(part.Name, field.Name), field.FieldName))
            {
                context.AddError($"{part.Name}.{field.Name}", $"Vui lòng nhập {field.DisplayName}.");
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Empty when the value that carries the field's meaning is empty: a TaxonomyField that only names its taxonomy,
    /// or a LinkField with a text but no URL, is still empty.
    /// </summary>
    private static bool IsEmpty(JsonObject? field, string kind)
    {
        if (field is null)
        {
            return true;
        }

        var value = kind switch
        {
            "TaxonomyField" => field["TermContentItemIds"],
            "ContentPickerField" => field["ContentItemIds"],
            "MediaField" => field["Paths"],
            "LinkField" => field["Url"],
            "MultiTextField" => field["Values"],
            "HtmlField" => field["Html"],
            "TextField" => field["Text"],
            _ => field["Value"],
        };
        return value switch
        {
            null => true,
            JsonArray array => array.All(n => string.IsNullOrWhiteSpace(n?.ToString())),
            _ => string.IsNullOrWhiteSpace(value.ToString()),
        };
    }
}
