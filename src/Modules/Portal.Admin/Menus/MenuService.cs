using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Content.Parts;
using Portal.Core.Data;

namespace Portal.Admin.Menus;

/// <summary>The site's menus (items of a type with MenuItemsListPart, found by their alias): listing, creating the standard ones, saving.</summary>
public sealed class MenuService(PortalDbContext db, ContentDefinitionManager definitions, IContentManager contents)
{
    /// <summary>The menus every site of ours has: alias and Vietnamese title.</summary>
    public static readonly IReadOnlyList<(string Alias, string Title)> Standard = [("main-menu", "Menu chính"), ("lien-ket-website", "Liên kết website")];

    /// <summary>The latest version of every menu, ordered by title.</summary>
    public async Task<IReadOnlyList<ContentItem>> ListAsync()
    {
        var types = await MenuTypesAsync();
        var yes = true;
        var ids = await db.ContentItems.AsNoTracking().Where(r => r.Latest == yes && types.Contains(r.ContentType))
            .OrderBy(r => r.DisplayText).Select(r => r.ContentItemId).ToListAsync();
        var items = await contents.GetManyAsync(ids, VersionOptions.Latest);
        return items.OrderBy(i => i.DisplayText, StringComparer.Create(Portal.Core.Text.VietnameseDates.Culture, false)).ToList();
    }

    public static string? AliasOf(ContentItem menu) => menu.As<AliasPart>().Alias;

    /// <summary>Creates a published, empty menu with that alias (when the setup recipe did not).</summary>
    public async Task<ContentItem> CreateAsync(string alias, string title)
    {
        var menu = await contents.NewAsync("Menu");
        menu.Apply(new TitlePart { Title = title });
        menu.Apply(new AliasPart { Alias = alias });
        menu.DisplayText = title;
        return await contents.PublishAsync(menu);
    }

    /// <summary>The latest version of a menu, or null when the id is not a menu.</summary>
    public async Task<ContentItem?> GetAsync(string id)
    {
        var item = await contents.GetAsync(id, VersionOptions.Latest);
        return item is not null && (await MenuTypesAsync()).Contains(item.ContentType) ? item : null;
    }

    /// <summary>Publishes the changed menu (menus have no drafts: readers see a change at once). Throws <see cref="ContentConcurrencyException"/> when someone saved it meanwhile.</summary>
    public Task<ContentItem> SaveAsync(ContentItem menu) => contents.PublishAsync(menu);

    private async Task<List<string>> MenuTypesAsync() =>
        (await definitions.GetAsync()).Types.Where(t => t.HasPart("MenuItemsListPart")).Select(t => t.Name).ToList();
}
