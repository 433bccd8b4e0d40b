using Fluid.Values;
using Portal.Core.Liquid;
using Portal.Core.Settings;

namespace Portal.Theming.Rendering;

/// <summary>The site as templates see it: its name, base URL, theme, and every settings section (<c>Site.Settings.FooterSettings</c>).</summary>
public sealed class SiteViewModel(SiteSettings settings, string theme, string requestOrigin = "")
{
    public string Name => settings.SiteName;

    /// <summary>
    /// The absolute origin links are made with ("https://tusta.org.vn"): the BaseUrl setting, or the origin of the
    /// request when none is set, so canonical and Open Graph URLs are always absolute.
    /// </summary>
    public string BaseUrl => settings.BaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : requestOrigin;

    public string Culture => settings.Culture;
    public string Theme { get; } = theme;
    public int PageSize => settings.PageSize;
    public FluidValue Settings => JsonFluidValues.From(settings.Json);
}
