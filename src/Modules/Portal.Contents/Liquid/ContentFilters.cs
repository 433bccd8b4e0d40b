using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;
using Portal.Contents.Lists;
using Portal.Contents.Menus;
using Portal.Contents.Models;
using Portal.Contents.Taxonomies;
using Portal.Core.Content;
using Portal.Core.Liquid;
using Portal.Theming.Liquid;

namespace Portal.Contents.Liquid;

/// <summary>
/// Filters that read published content for templates, all from memory or cached indexed queries:
/// <c>menu</c>, <c>terms</c>, <c>content_item_id</c>, <c>latest_items</c>, <c>related_items</c>, <c>referencing_items</c>.
/// </summary>
public sealed class ContentFilters(MenuCache menus, TaxonomyTerms taxonomies, PublishedContentCache content, ContentListQueries lists) : ILiquidConfigurator
{
    /// <summary>Most items one filter call may return, whatever the template asks.</summary>
    private const int MaxItems = 50;

    public void Configure(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<MenuViewModel>();
        options.MemberAccessStrategy.Register<MenuItemViewModel>();
        options.MemberAccessStrategy.Register<TermInfo>();

        // {% assign links = "lien-ket-website" | menu %} → {Title, Items: [{Text, Url, Target, Items, HasItems, IsExternal}]}
        options.Filters.AddFilter("menu", async (input, _, context) =>
            await menus.GetAsync(input.ToStringValue()) is { } menu ? FluidValue.Create(menu, context.Options) : NilValue.Instance);

        // {% assign current = item | menu_current: Page.Path %} → "page", "true" (a page under the link) or "" (aria-current).
        options.Filters.AddFilter("menu_current", (input, arguments, _) => new StringValue(
            input.ToObjectValue() is MenuItemViewModel item ? item.CurrentState(arguments.At(0).ToStringValue()) : ""));

        // {% assign categories = Model.Article.Category | terms %} → [{ContentItemId, Title, Url}]
        options.Filters.AddFilter("terms", Terms);

        // {{ ids | content_item_id }}: the published item(s) of an id or a list of ids (Orchard's filter name).
        options.Filters.AddFilter("content_item_id", ContentItemId);

        // {% assign news = "Article" | latest_items: 5 %}
        options.Filters.AddFilter("latest_items", async (input, arguments, context) =>
        {
            var page = await lists.LatestAsync(input.ToStringValue(), 0, Count(arguments, 5));
            return Items(await content.GetManyAsync(page.Ids), context);
        });

        // {% assign related = Model | related_items: 5 %}: newest items sharing the item's first term, itself excluded.
        options.Filters.AddFilter("related_items", RelatedItems);

        // {% assign news = Model | referencing_items: "Article", "Organizations", 5 %}: items whose picker names this one.
        options.Filters.AddFilter("referencing_items", async (input, arguments, context) =>
        {
            if (input is not ContentItemFluidValue item)
            {
                return NilValue.Instance;
            }

            var ids = await lists.ReferencingAsync(arguments.At(0).ToStringValue(), arguments.At(1).ToStringValue(), item.Item.ContentItemId,
                Math.Clamp(arguments.At(2).IsNil() ? 5 : (int)arguments.At(2).ToNumberValue(), 1, MaxItems));
            return Items(await content.GetManyAsync(ids), context);
        });
    }

    private async ValueTask<FluidValue> Terms(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.ToObjectValue() is not JsonObject field)
        {
            return NilValue.Instance;
        }

        var taxonomyId = field["TaxonomyContentItemId"]?.ToString();
        var all = await taxonomies.TermsOfAsync(taxonomyId);
        var chosen = (field["TermContentItemIds"] as JsonArray ?? []).Select(n => n?.ToString())
            .Select(id => all.FirstOrDefault(t => t.ContentItemId == id)).OfType<TermInfo>().ToList();
        return FluidValue.Create(chosen, context.Options);
    }

    private async ValueTask<FluidValue> ContentItemId(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input is ArrayValue array)
        {
            var ids = array.Values.Select(v => v.ToStringValue()).Where(id => id.Length > 0).Take(MaxItems).ToList();
            return Items(await content.GetManyAsync(ids), context);
        }

        var id = input.ToStringValue();
        return id.Length > 0 && await content.GetAsync(id) is { } item ? new ContentItemFluidValue(item) : NilValue.Instance;
    }

    private async ValueTask<FluidValue> RelatedItems(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input is not ContentItemFluidValue value)
        {
            return NilValue.Instance;
        }

        var item = value.Item;
        var term = FirstTerm(item);
        if (term is null)
        {
            return new ArrayValue([]);
        }

        var take = Count(arguments, 5);
        var page = await lists.ByTermAsync(term, 0, take + 1);
        var ids = page.Ids.Where(id => id != item.ContentItemId).Take(take).ToList();
        return Items(await content.GetManyAsync(ids), context);
    }

    /// <summary>The first term chosen in any taxonomy field of the item's own part (fields live in the part named after the type).</summary>
    private static string? FirstTerm(ContentItem item) =>
        (item.Part(item.ContentType) ?? [])
            .Select(p => p.Value as JsonObject)
            .Select(field => (field?["TermContentItemIds"] as JsonArray)?.FirstOrDefault()?.ToString())
            .FirstOrDefault(id => !string.IsNullOrEmpty(id));

    private static int Count(FilterArguments arguments, int fallback) =>
        Math.Clamp(arguments.At(0).IsNil() ? fallback : (int)arguments.At(0).ToNumberValue(), 1, MaxItems);

    private static ArrayValue Items(IEnumerable<ContentItem> items, TemplateContext context) =>
        new(items.Select(i => (FluidValue)new ContentItemFluidValue(i)).ToArray());
}
