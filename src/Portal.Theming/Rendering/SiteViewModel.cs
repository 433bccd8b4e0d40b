using Fluid.Values;
using Portal.Core.Liquid;
using Portal.Core.Settings;

namespace Portal.Theming.Rendering;

/// <summary>The site as templates see it: its name, base URL, theme, and every settings section (<c>Site.Settings.FooterSettings</c>).</summary>
public sealed class SiteViewModel(SiteSettings settings, string theme)
{
    public string Name => settings.SiteName;
    public string BaseUrl => settings.BaseUrl?.TrimEnd('/') ?? "";
    public string Culture => settings.Culture;
    public string Theme { get; } = theme;
    public int PageSize => settings.PageSize;
    public FluidValue Settings => JsonFluidValues.From(settings.Json);
}
