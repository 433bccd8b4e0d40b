using System.Text.Json.Nodes;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Content.Fields;
using Portal.Core.Content.Parts;
using Portal.Theming.Liquid;

namespace Portal.Search.Text;

/// <summary>
/// The plain texts of an item that readers can search besides its title, in the order of its type's parts: the
/// body (HtmlBodyPart, MarkdownBodyPart) and the text of every text, HTML, Markdown, link and multi-text field
/// (a summary, a location, an organization's address...). HTML becomes plain text.
/// </summary>
public static class SearchableText
{
    public static List<string> Sections(ContentItem item, ContentDefinitionDocument definitions)
    {
        var sections = new List<string>();
        if (definitions.Type(item.ContentType) is not { } type)
        {
            return sections;
        }

        foreach (var part in type.OrderedParts())
        {
            var json = item.Part(part.Name);
            if (part.PartName == nameof(HtmlBodyPart))
            {
                Add(sections, json?["Html"]?.ToString(), html: true);
            }
            else if (part.PartName == nameof(MarkdownBodyPart))
            {
                Add(sections, json?["Markdown"]?.ToString(), html: false);
            }

            foreach (var field in definitions.Part(part.PartName)?.OrderedFields() ?? [])
            {
                if (json?[field.Name] is JsonObject value)
                {
                    AddField(sections, field.FieldName, value);
                }
            }
        }

        return sections;
    }

    private static void AddField(List<string> sections, string kind, JsonObject value)
    {
        switch (kind)
        {
            case nameof(TextField) or nameof(LinkField):
                Add(sections, value["Text"]?.ToString(), html: false);
                break;
            case nameof(HtmlField):
                Add(sections, value["Html"]?.ToString(), html: true);
                break;
            case "MarkdownField":
                Add(sections, value["Markdown"]?.ToString(), html: false);
                break;
            case nameof(MultiTextField) when value["Values"] is JsonArray values:
                Add(sections, string.Join(", ", values.Select(v => v?.ToString())), html: false);
                break;
        }
    }

    private static void Add(List<string> sections, string? text, bool html)
    {
        var plain = html ? ThemingFilters.Excerpt(text ?? "", 0) : text?.Trim();
        if (!string.IsNullOrWhiteSpace(plain))
        {
            sections.Add(plain);
        }
    }
}
