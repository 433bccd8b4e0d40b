using Portal.Admin.Trees;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Content.Parts;
using Portal.Core.Data;

namespace Portal.Admin.Menus;

/// <summary>The site's menus (items of a type with MenuItemsListPart, found by their alias), and creating the standard ones.</summary>
public sealed class MenuService(PortalDbContext db, ContentDefinitionManager definitions, IContentManager contents)
    : TreeOwners(db, definitions, contents, TreeEditor.Menus.PartName)
{
    /// <summary>The menus every site of ours has: alias and Vietnamese title.</summary>
    public static readonly IReadOnlyList<(string Alias, string Title)> Standard = [("main-menu", "Menu chính"), ("lien-ket-website", "Liên kết website")];

    public static string? AliasOf(ContentItem menu) => menu.As<AliasPart>().Alias;

    /// <summary>Creates a published, empty menu with that alias (when the setup recipe did not).</summary>
    public async Task<ContentItem> CreateAsync(string alias, string title)
    {
        var menu = await Contents.NewAsync("Menu");
        menu.Apply(new TitlePart { Title = title });
        menu.Apply(new AliasPart { Alias = alias });
        menu.DisplayText = title;
        return await Contents.PublishAsync(menu);
    }
}
