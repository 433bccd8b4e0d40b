using System.Text.Json.Nodes;
using Ganss.Xss;
using Microsoft.AspNetCore.Http;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Routing;
using Portal.Theming.Rendering;

namespace Portal.Admin.Content;

/// <summary>
/// "Xem trước": renders what the editor has typed, unsaved, with the site's theme, as readers would see it once
/// published. The HTML is sanitized exactly as a save would sanitize it.
/// </summary>
public sealed class ContentPreview(ThemeRenderer renderer, IHtmlSanitizer sanitizer, ContentDefinitionManager definitions, RouteTable routes)
{
    public async Task RenderAsync(HttpContext http, ContentItem item)
    {
        var document = await definitions.GetAsync();
        var type = document.Type(item.ContentType);
        if (item.Part("TitlePart")?["Title"]?.ToString() is { Length: > 0 } title)
        {
            item.DisplayText = title.Trim();
        }

        if (item.Part("HtmlBodyPart") is { } body && body["Html"] is JsonValue html)
        {
            body["Html"] = sanitizer.Sanitize(html.ToString());
        }

        foreach (var (part, field) in type is null ? [] : document.FieldsOf(type).Where(f => f.Field.FieldName == "HtmlField"))
        {
            if (item.Field(part.Name, field.Name) is { } value && value["Html"] is JsonValue fieldHtml)
            {
                value["Html"] = sanitizer.Sanitize(fieldHtml.ToString());
            }
        }

        item.PublishedUtc ??= DateTime.UtcNow;
        await renderer.RenderAsync(http, new ThemePage
        {
            Templates = [$"Content-{item.ContentType}", "Content"],
            Model = item,
            Meta = new PageMeta
            {
                Title = "Xem trước: " + item.DisplayText,
                CanonicalPath = routes.PathOf(item.ContentItemId) is { } path ? "/" + path : null,
                BodyClass = $"page-{item.ContentType.ToLowerInvariant()} page-preview",
            },
        });
    }
}
