using System.Collections.Concurrent;
using Fluid;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Settings;
using Portal.Core.Text;
using Portal.Theming.Catalog;
using Portal.Theming.Liquid;

namespace Portal.Theming.Rendering;

/// <summary>
/// Renders a page with the active theme: the first of the page's templates that the theme has, inside
/// <c>_Layout.liquid</c>, as <c>text/html; charset=utf-8</c>. A new TemplateContext per render; parsed templates are cached.
/// </summary>
public sealed class ThemeRenderer(LiquidEnvironment liquid, ThemeCatalog catalog, ThemeFileProvider files, ThemeTemplateCache partials)
{
    /// <summary>Ambient key of the active theme's name (for <c>asset_url</c>).</summary>
    public const string ThemeKey = "Theme";

    /// <summary>Ambient key of the current HttpContext (for filters that need request services).</summary>
    public const string HttpContextKey = "HttpContext";

    /// <summary>Ambient key of the renderer itself, for the <c>display</c> filter (avoids a construction cycle with the filters).</summary>
    public const string RendererKey = "ThemeRenderer";

    /// <summary>Ambient key of the active theme's descriptor.</summary>
    public const string ThemeDescriptorKey = "ThemeDescriptor";

    private readonly ConcurrentDictionary<string, IFluidTemplate?> templates = new(StringComparer.Ordinal);

    /// <summary>Renders the page and writes the response.</summary>
    public async Task RenderAsync(HttpContext http, ThemePage page)
    {
        var html = await RenderToStringAsync(http, page);
        http.Response.StatusCode = page.StatusCode;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, http.RequestAborted);
    }

    /// <summary>Renders the page (body inside the layout) to a string.</summary>
    public async Task<string> RenderToStringAsync(HttpContext http, ThemePage page)
    {
        var settings = await http.RequestServices.GetRequiredService<SiteSettingsManager>().GetAsync();
        var theme = catalog.Get(settings.SiteTheme) ?? throw new InvalidOperationException($"Không có giao diện nào trong {catalog.ThemesPath}.");
        if (files.Use(theme.ViewsPath))
        {
            partials.Clear();
        }

        var context = new TemplateContext(liquid.Options)
        {
            TimeZone = VietnameseDates.FindTimeZone(settings.TimeZoneId),
            CultureInfo = VietnameseDates.Culture,
        };
        context.AmbientValues[ThemeKey] = theme.Name;
        context.AmbientValues[HttpContextKey] = http;
        context.AmbientValues[RendererKey] = this;
        context.AmbientValues[ThemeDescriptorKey] = theme;
        page.Meta.Path = http.Request.Path.Value ?? "/";
        context.SetValue("Site", new SiteViewModel(settings, theme.Name, $"{http.Request.Scheme}://{http.Request.Host}"));
        context.SetValue("Page", page.Meta);
        context.SetValue("Model", page.Model);
        foreach (var (name, value) in page.Values)
        {
            context.SetValue(name, value);
        }

        var body = await RenderFirstAsync(theme, page.Templates, context)
            ?? throw new InvalidOperationException($"Giao diện {theme.Name} không có mẫu nào trong: {string.Join(", ", page.Templates)}.");
        var layout = Find(theme, "_Layout");
        if (layout is null)
        {
            return body;
        }

        context.SetValue("Body", new StringValue(body, encode: false));
        return await layout.RenderAsync(context, LiquidEnvironment.Encoder);
    }

    /// <summary>
    /// Renders the first of <paramref name="names"/> the theme has, with <c>Model</c> set to <paramref name="model"/> in a
    /// child scope of the current render (used by <c>{{ item | display: "Summary" }}</c>); null when none exists.
    /// </summary>
    public async Task<string?> RenderPartialAsync(TemplateContext context, IEnumerable<string> names, object? model)
    {
        if (!context.AmbientValues.TryGetValue(ThemeDescriptorKey, out var value) || value is not ThemeDescriptor theme)
        {
            return null;
        }

        context.EnterChildScope();
        try
        {
            context.SetValue("Model", model);
            return await RenderFirstAsync(theme, names, context);
        }
        finally
        {
            context.ReleaseScope();
        }
    }

    /// <summary>True when the active theme of these settings has a template of that name.</summary>
    public bool HasTemplate(string? themeName, string template) => catalog.Get(themeName) is { } theme && Find(theme, template) is not null;

    private async Task<string?> RenderFirstAsync(ThemeDescriptor theme, IEnumerable<string> names, TemplateContext context)
    {
        foreach (var name in names)
        {
            if (Find(theme, name) is { } template)
            {
                return await template.RenderAsync(context, LiquidEnvironment.Encoder);
            }
        }

        return null;
    }

    private IFluidTemplate? Find(ThemeDescriptor theme, string name)
    {
        var path = Path.Combine(theme.ViewsPath, name + ".liquid");
        return templates.GetOrAdd(path, file =>
        {
            if (!File.Exists(file))
            {
                return null;
            }

            return liquid.Parser.TryParse(File.ReadAllText(file), out var template, out var error)
                ? template
                : throw new InvalidOperationException($"Mẫu {Path.GetFileName(file)} của giao diện {theme.Name} có lỗi cú pháp: {error}");
        });
    }
}
