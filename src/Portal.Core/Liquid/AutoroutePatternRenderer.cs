using System.Collections.Concurrent;
using Fluid;
using Fluid.Values;
using Portal.Core.Content;
using Portal.Core.Text;

namespace Portal.Core.Liquid;

/// <summary>
/// Renders the Liquid pattern of <c>AutoroutePartSettings</c> ("tin-tuc/{{ Model.ContentItem | display_text | slugify }}")
/// with the filters Orchard Core's patterns use: <c>display_text</c>, <c>slugify</c>, <c>container</c>.
/// </summary>
public sealed class AutoroutePatternRenderer
{
    private const string ContainerKey = "Container";
    private static readonly FluidParser Parser = new();
    private readonly TemplateOptions options = new() { MaxSteps = 10_000, MaxRecursion = 10 };
    private readonly ConcurrentDictionary<string, IFluidTemplate?> templates = new();

    public AutoroutePatternRenderer()
    {
        options.MemberAccessStrategy.Register<PatternModel>();
        options.ValueConverters.Add(value => value is ContentItem item ? new ContentItemFluidValue(item) : null);
        options.Filters.AddFilter("slugify", (input, _, _) => StringValue.Create(Slug.Create(input.ToStringValue())));
        options.Filters.AddFilter("display_text", (input, _, _) =>
            input is ContentItemFluidValue item ? StringValue.Create(item.Item.DisplayText) : StringValue.Create(input.ToStringValue()));
        options.Filters.AddFilter("container", (_, _, context) =>
            context.AmbientValues.TryGetValue(ContainerKey, out var container) && container is ContentItem item
                ? new ContentItemFluidValue(item)
                : NilValue.Instance);
    }

    /// <summary>True when the pattern parses.</summary>
    public static bool IsValid(string pattern, out string? error) => Parser.TryParse(pattern, out _, out error);

    /// <summary>The rendered path, trimmed of slashes; empty when the pattern is empty or invalid, or its last segment renders empty.</summary>
    public async Task<string> RenderAsync(string pattern, ContentItem item, ContentItem? container = null)
    {
        var template = templates.GetOrAdd(pattern, p => Parser.TryParse(p, out var parsed, out _) ? parsed : null);
        if (template is null)
        {
            return "";
        }

        var context = new TemplateContext(options);
        context.SetValue("Model", new PatternModel(item));
        context.AmbientValues[ContainerKey] = container;
        var rendered = (await template.RenderAsync(context)).Trim();

        // "tin-tuc/{{ ... | slugify }}" for an item without a title renders "tin-tuc/": the segment that names the item
        // is empty, and the folder alone ("tin-tuc", the news list) is not a path for it.
        return rendered.EndsWith('/') ? "" : rendered.Trim('/');
    }

    /// <summary>The model a pattern sees.</summary>
    private sealed class PatternModel(ContentItem contentItem)
    {
        public ContentItem ContentItem { get; } = contentItem;
    }
}
