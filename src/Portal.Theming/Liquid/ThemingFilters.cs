using System.Globalization;
using Fluid;
using Fluid.Values;
using Ganss.Xss;
using Portal.Core.Liquid;
using Portal.Core.Routing;
using Portal.Core.Text;
using Portal.Theming.Rendering;

namespace Portal.Theming.Liquid;

/// <summary>
/// The filters every theme can use: <c>slugify</c>, <c>date_vi</c>, <c>number_vi</c>, <c>display_url</c>,
/// <c>sanitize</c>, <c>asset_url</c>, <c>resize_url</c>.
/// </summary>
public sealed class ThemingFilters(RouteTable routes, IHtmlSanitizer sanitizer, ThemeAssets assets) : ILiquidConfigurator
{
    public void Configure(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<SiteViewModel>();
        options.MemberAccessStrategy.Register<PageMeta>();
        options.MemberAccessStrategy.Register<Breadcrumb>();

        options.Filters.AddFilter("slugify", (input, _, _) => StringValue.Create(Slug.Create(input.ToStringValue())));
        options.Filters.AddFilter("date_vi", DateVi);
        options.Filters.AddFilter("number_vi", (input, _, _) => StringValue.Create(VietnameseDates.FormatNumber((long)input.ToNumberValue())));
        options.Filters.AddFilter("display_url", (input, _, _) => StringValue.Create(DisplayUrl(input)));
        options.Filters.AddFilter("sanitize", (input, _, _) => new StringValue(sanitizer.Sanitize(input.ToStringValue()), encode: false));
        options.Filters.AddFilter("asset_url", (input, _, context) => StringValue.Create(assets.Url(ThemeName(context), input.ToStringValue())));
        options.Filters.AddFilter("resize_url", (input, arguments, _) =>
        {
            var path = input.ToStringValue().TrimStart('/');
            var width = (int)arguments.At(0).ToNumberValue();
            var url = path.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? path : "/media/" + path;
            return StringValue.Create(width > 0 && !url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? $"{url}?width={width}" : url);
        });
    }

    /// <summary>"/path" of an item (or of an item id); "" when it has no published path.</summary>
    private string DisplayUrl(FluidValue input)
    {
        var id = input is ContentItemFluidValue item ? item.Item.ContentItemId : input.ToStringValue();
        var path = routes.PathOf(id);
        return path is null ? "" : "/" + path;
    }

    /// <summary>
    /// <c>{{ date | date_vi }}</c> gives "Thứ Sáu, 27/11/2026 09:25" in the site's time zone; the argument picks
    /// another form: "date" (27/11/2026), "time" (09:25), "iso" (with offset), "day", "month" (Tháng 11), "year".
    /// </summary>
    private static ValueTask<FluidValue> DateVi(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!input.TryGetDateTimeInput(context, out var value))
        {
            return new ValueTask<FluidValue>(NilValue.Instance);
        }

        var zone = context.TimeZone ?? VietnameseDates.DefaultTimeZone;
        var local = TimeZoneInfo.ConvertTime(value, zone);
        var utc = value.UtcDateTime;
        var text = arguments.At(0).ToStringValue() switch
        {
            "date" => VietnameseDates.FormatDate(utc, zone),
            "time" => local.ToString("HH:mm", CultureInfo.InvariantCulture),
            "iso" => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            "day" => local.Day.ToString(CultureInfo.InvariantCulture),
            "month" => $"Tháng {local.Month}",
            "year" => local.Year.ToString(CultureInfo.InvariantCulture),
            _ => VietnameseDates.FormatLong(utc, zone),
        };
        return new ValueTask<FluidValue>(StringValue.Create(text));
    }

    private static string ThemeName(TemplateContext context) =>
        context.AmbientValues.TryGetValue(ThemeRenderer.ThemeKey, out var theme) && theme is string name ? name : "";
}
