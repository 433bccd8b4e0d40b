using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Models;
using Portal.Core.Changes;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Contents.Menus;

/// <summary>
/// The published menus by alias, in memory. Menus are few and small, so all are loaded at once and forgotten
/// when any content changes (the next request reloads them).
/// </summary>
public sealed class MenuCache(PortalContextFactory<PortalDbContext> contexts) : IChangeListener
{
    public const string MenuType = "Menu";

    private volatile Task<Dictionary<string, MenuViewModel>>? menus;

    /// <summary>The menu with that alias, or null.</summary>
    public async Task<MenuViewModel?> GetAsync(string alias)
    {
        var current = menus ??= LoadAsync();
        try
        {
            return (await current).GetValueOrDefault(alias.Trim());
        }
        catch
        {
            menus = null;
            throw;
        }
    }

    public Task OnChangedAsync(IReadOnlyCollection<Change> changes, CancellationToken cancellationToken)
    {
        if (changes.Any(c => c.Kind == Change.ContentKind))
        {
            menus = null;
        }

        return Task.CompletedTask;
    }

    private async Task<Dictionary<string, MenuViewModel>> LoadAsync()
    {
        await using var db = contexts.Create();
        var rows = await db.ContentItems.AsNoTracking().Where(r => r.ContentType == MenuType && r.Published).Select(r => r.Data).ToListAsync();
        var result = new Dictionary<string, MenuViewModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in rows.Select(ContentJson.FromJson))
        {
            var alias = (item.Part("AliasPart")?["Alias"]?.ToString() ?? "").Trim();
            if (alias.Length > 0)
            {
                result[alias] = new MenuViewModel(alias, item.DisplayText, ReadItems(item.Part("MenuItemsListPart")));
            }
        }

        return result;
    }

    /// <summary>Orchard's shape: <c>MenuItemsListPart.MenuItems[]</c>, each a LinkMenuItem with its own nested list.</summary>
    private static List<MenuItemViewModel> ReadItems(JsonObject? list) =>
        (list?["MenuItems"] as JsonArray ?? []).OfType<JsonObject>().Select(ToItem).OfType<MenuItemViewModel>().ToList();

    private static MenuItemViewModel? ToItem(JsonObject json)
    {
        var link = json["LinkMenuItemPart"] as JsonObject;
        var text = link?["Name"]?.ToString() is { Length: > 0 } name ? name : json["DisplayText"]?.ToString() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        var target = link?["Target"]?.ToString();
        return new MenuItemViewModel(text, NormalizeUrl(link?["Url"]?.ToString()), string.IsNullOrEmpty(target) ? null : target,
            ReadItems(json["MenuItemsListPart"] as JsonObject));
    }

    /// <summary>
    /// "~/tin-tuc" (Orchard's app-relative form) becomes "/tin-tuc"; empty, or a scheme other than http(s), mailto
    /// and tel (a "javascript:" link typed by mistake or malice), becomes "#".
    /// </summary>
    public static string NormalizeUrl(string? url)
    {
        var trimmed = (url ?? "").Trim();
        if (trimmed.StartsWith("~/", StringComparison.Ordinal))
        {
            trimmed = trimmed[1..];
        }

        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (trimmed.Length == 0 || (hasScheme && !SafeSchemes.Contains(trimmed[..colon])))
        {
            return "#";
        }

        return trimmed;
    }

    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };
}
