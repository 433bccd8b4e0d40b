using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Models;
using Portal.Core.Content.Definitions;
using Portal.Core.Liquid;
using Portal.Core.Text;
using Portal.Theming.Liquid;
using Portal.Theming.Rendering;

namespace Portal.Contents.Liquid;

/// <summary>
/// <c>{% assign fields = Model | fields %}</c>: the item's non-empty fields as <see cref="FieldView"/>s, so a template
/// (the fallback <c>Content.liquid</c> above all) can show any type, including one imported from a recipe.
/// </summary>
public sealed class FieldFilter(FieldViews views) : ILiquidConfigurator
{
    public void Configure(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<FieldView>();
        options.MemberAccessStrategy.Register<LinkView>();
        options.Filters.AddFilter("fields", async (input, _, context) =>
        {
            if (input is not ContentItemFluidValue item ||
                !context.AmbientValues.TryGetValue(ThemeRenderer.HttpContextKey, out var value) || value is not HttpContext http)
            {
                return NilValue.Instance;
            }

            var definitions = await http.RequestServices.GetRequiredService<ContentDefinitionManager>().GetAsync();
            var fields = await views.ForAsync(item.Item, definitions, context.TimeZone ?? VietnameseDates.DefaultTimeZone);
            return FluidValue.Create(fields, context.Options);
        });
    }
}
