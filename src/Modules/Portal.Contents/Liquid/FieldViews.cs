using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Contents.Models;
using Portal.Contents.Taxonomies;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Routing;
using Portal.Core.Text;

namespace Portal.Contents.Liquid;

/// <summary>Turns the fields of an item's parts into <see cref="FieldView"/>s, in the order of the definition, skipping empty ones.</summary>
public sealed class FieldViews(TaxonomyTerms taxonomies, PublishedContentCache content, RouteTable routes)
{
    public async Task<IReadOnlyList<FieldView>> ForAsync(ContentItem item, ContentDefinitionDocument definitions, TimeZoneInfo zone)
    {
        var views = new List<FieldView>();
        if (definitions.Type(item.ContentType) is not { } type)
        {
            return views;
        }

        foreach (var (part, field) in definitions.FieldsOf(type))
        {
            if (item.Field(part.Name, field.Name) is { } value && await ViewAsync(field, value, zone) is { } view)
            {
                views.Add(view);
            }
        }

        return views;
    }

    private async Task<FieldView?> ViewAsync(ContentPartFieldDefinition field, JsonObject value, TimeZoneInfo zone)
    {
        string? text = null, html = null;
        IReadOnlyList<LinkView> links = [];
        switch (field.FieldName)
        {
            case "TextField":
                text = value["Text"]?.ToString();
                break;
            case "HtmlField":
                html = value["Html"]?.ToString();
                break;
            case "DateTimeField" or "DateField":
                text = ContentJson.AsDate(value["Value"]) is { } date
                    ? field.FieldName == "DateField" ? VietnameseDates.FormatDate(date, zone) : VietnameseDates.FormatLong(date, zone)
                    : null;
                break;
            case "NumericField":
                text = decimal.TryParse(value["Value"]?.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number.ToString("#,0.##", VietnameseDates.Culture)
                    : null;
                break;
            case "BooleanField":
                text = value["Value"]?.ToString() is { } flag ? (bool.TryParse(flag, out var yes) && yes ? "Có" : "Không") : null;
                break;
            case "LinkField" when value["Url"]?.ToString() is { Length: > 0 } url:
                links = [new LinkView(value["Text"]?.ToString() is { Length: > 0 } linkText ? linkText : url, url)];
                break;
            case "MultiTextField":
                text = string.Join(", ", Strings(value["Values"]));
                break;
            case "MediaField":
                links = Strings(value["Paths"]).Select(path => new LinkView(Path.GetFileName(path), "/media/" + path.TrimStart('/'))).ToList();
                break;
            case "ContentPickerField":
                links = (await content.GetManyAsync(Strings(value["ContentItemIds"]).ToList()))
                    .Select(picked => new LinkView(picked.DisplayText, routes.PathOf(picked.ContentItemId) is { } path ? "/" + path : null)).ToList();
                break;
            case "TaxonomyField":
                var terms = new List<LinkView>();
                foreach (var termId in Strings(value["TermContentItemIds"]))
                {
                    if (await taxonomies.FindAsync(value["TaxonomyContentItemId"]?.ToString(), termId) is { } term)
                    {
                        terms.Add(new LinkView(term.Title, term.Url));
                    }
                }

                links = terms;
                break;
        }

        return string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html) && links.Count == 0
            ? null
            : new FieldView { Name = field.Name, Label = field.DisplayName, Kind = field.FieldName, Text = text, Html = html, Links = links };
    }

    private static IEnumerable<string> Strings(JsonNode? node) =>
        (node as JsonArray ?? []).Select(n => n?.ToString()).Where(s => !string.IsNullOrEmpty(s))!;
}
