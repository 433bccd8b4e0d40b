using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Ganss.Xss;
using Portal.Core.Liquid;
using Portal.Core.Routing;
using Portal.Core.Text;
using Portal.Theming.Rendering;

namespace Portal.Theming.Liquid;

/// <summary>
/// The filters every theme can use: <c>slugify</c>, <c>number_vi</c>, <c>display_url</c>, <c>sanitize</c>,
/// <c>asset_url</c>, <c>resize_url</c>, <c>excerpt</c> and <c>display</c> (dates are in <see cref="DateFilters"/>).
/// </summary>
public sealed partial class ThemingFilters(RouteTable routes, IHtmlSanitizer sanitizer, ThemeAssets assets) : ILiquidConfigurator
{
    public void Configure(TemplateOptions options)
    {
        options.MemberAccessStrategy.Register<SiteViewModel>();
        options.MemberAccessStrategy.Register<PageMeta>();
        options.MemberAccessStrategy.Register<Breadcrumb>();
        options.MemberAccessStrategy.Register<Pager>();
        options.MemberAccessStrategy.Register<PagerLink>();

        options.Filters.AddFilter("slugify", (input, _, _) => StringValue.Create(Slug.Create(input.ToStringValue())));
        options.Filters.AddFilter("number_vi", (input, _, _) => StringValue.Create(VietnameseDates.FormatNumber((long)input.ToNumberValue())));
        options.Filters.AddFilter("display_url", (input, _, _) => StringValue.Create(DisplayUrl(input)));
        options.Filters.AddFilter("sanitize", (input, _, _) => new StringValue(sanitizer.Sanitize(input.ToStringValue()), encode: false));
        options.Filters.AddFilter("asset_url", (input, _, context) => StringValue.Create(assets.Url(ThemeName(context), input.ToStringValue())));
        options.Filters.AddFilter("resize_url", (input, arguments, _) => StringValue.Create(ResizeUrl(input.ToStringValue(), (int)arguments.At(0).ToNumberValue())));
        options.Filters.AddFilter("excerpt", (input, arguments, _) =>
            StringValue.Create(Excerpt(input.ToStringValue(), arguments.At(0).IsNil() ? 200 : (int)arguments.At(0).ToNumberValue())));
        options.Filters.AddFilter("display", Display);
    }

    /// <summary>
    /// The URL of a media file at a width: "/media/&lt;path&gt;?width=N" (the media module resizes). Absolute URLs are
    /// left as they are; a width of 0 gives the original.
    /// </summary>
    public static string ResizeUrl(string path, int width)
    {
        if (string.IsNullOrWhiteSpace(path) || path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return path;
        }

        var clean = path.TrimStart('~').TrimStart('/');
        if (clean.StartsWith("media/", StringComparison.OrdinalIgnoreCase))
        {
            clean = clean["media/".Length..];
        }

        var url = "/media/" + string.Join('/', clean.Split('/').Select(Uri.EscapeDataString));
        return width > 0 ? $"{url}?width={width}" : url;
    }

    /// <summary>Plain text of HTML, whitespace collapsed, cut at a word boundary to at most <paramref name="length"/> characters with "…".</summary>
    public static string Excerpt(string html, int length)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        text = Spaces().Replace(text, " ").Trim();
        if (length <= 0 || text.Length <= length)
        {
            return text;
        }

        var cut = text[..length];
        var space = cut.LastIndexOf(' ');
        var builder = new StringBuilder(space > length / 2 ? cut[..space] : cut);
        return builder.Append('…').ToString();
    }

    /// <summary>"/path" of an item (or of an item or term id); "" when it has no published path.</summary>
    private string DisplayUrl(FluidValue input)
    {
        var id = input is ContentItemFluidValue item ? item.Item.ContentItemId : input.ToStringValue();
        var path = routes.PathOf(id);
        return path is null ? "" : "/" + path;
    }

    /// <summary>
    /// <c>{{ item | display: "Summary" }}</c> renders <c>Content-&lt;Type&gt;.Summary</c> (or <c>Content.Summary</c>) with the
    /// item as <c>Model</c>; without an argument, <c>Content-&lt;Type&gt;</c> or <c>Content</c>.
    /// </summary>
    private static async ValueTask<FluidValue> Display(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input is not ContentItemFluidValue item || !context.AmbientValues.TryGetValue(ThemeRenderer.RendererKey, out var value) || value is not ThemeRenderer renderer)
        {
            return NilValue.Instance;
        }

        var display = arguments.At(0).IsNil() ? "" : "." + arguments.At(0).ToStringValue();
        var html = await renderer.RenderPartialAsync(context, [$"Content-{item.Item.ContentType}{display}", $"Content{display}"], item.Item);
        return new StringValue(html ?? "", encode: false);
    }

    private static string ThemeName(TemplateContext context) =>
        context.AmbientValues.TryGetValue(ThemeRenderer.ThemeKey, out var theme) && theme is string name ? name : "";

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
