using System.Collections.Concurrent;
using Fluid;

namespace Portal.Theming.Liquid;

// Fluid marks ITemplateCache as preview API; its own cache is internal and cannot be cleared when the theme changes.
#pragma warning disable FLUID001

/// <summary>Parsed partials of the active theme, keyed by their path in the theme; cleared when the theme changes.</summary>
public sealed class ThemeTemplateCache : ITemplateCache
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Modified, IFluidTemplate Template)> templates = new();

    public bool TryGetTemplate(string subpath, DateTimeOffset lastModified, out IFluidTemplate template)
    {
        if (templates.TryGetValue(subpath, out var entry) && entry.Modified == lastModified)
        {
            template = entry.Template;
            return true;
        }

        template = null!;
        return false;
    }

    public void SetTemplate(string subpath, DateTimeOffset lastModified, IFluidTemplate template) =>
        templates[subpath] = (lastModified, template);

    public void Clear() => templates.Clear();
}
