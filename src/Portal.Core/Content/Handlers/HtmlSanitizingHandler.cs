using System.Text.Json.Nodes;
using Ganss.Xss;
using Portal.Core.Content.Parts;

namespace Portal.Core.Content.Handlers;

/// <summary>Sanitizes every HTML value on save (HtmlBodyPart and HtmlField): no script ever reaches a reader.</summary>
public sealed class HtmlSanitizingHandler(IHtmlSanitizer sanitizer) : IContentHandler
{
    public int Order => 20;

    public Task PreparingAsync(ContentSaveContext context)
    {
        var item = context.Item;
        if (item.Part(nameof(HtmlBodyPart)) is { } body && body["Html"] is JsonValue html)
        {
            body["Html"] = sanitizer.Sanitize(html.ToString());
        }

        foreach (var (part, field) in context.Definitions.FieldsOf(context.Type).Where(f => f.Field.FieldName == "HtmlField"))
        {
            if (item.Field(part.Name, field.Name) is { } value && value["Html"] is JsonValue fieldHtml)
            {
                value["Html"] = sanitizer.Sanitize(fieldHtml.ToString());
            }
        }

        return Task.CompletedTask;
    }
}
