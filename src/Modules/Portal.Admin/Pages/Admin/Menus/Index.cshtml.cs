using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Menus;
using Portal.Admin.Security;
using Portal.Core.Content;

namespace Portal.Admin.Pages.Admin.Menus;

/// <summary>The menus of the site ("Menu chính", "Liên kết website" and any other), and creating a standard one that is missing.</summary>
[Authorize(Policy = AdminPermissions.ManageMenus)]
public sealed class IndexModel(MenuService menus) : PageModel
{
    public IReadOnlyList<ContentItem> Menus { get; private set; } = [];
    public IReadOnlyList<(string Alias, string Title)> Missing { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Menus = await menus.ListAsync();
        var aliases = Menus.Select(MenuService.AliasOf).ToHashSet();
        Missing = MenuService.Standard.Where(s => !aliases.Contains(s.Alias)).ToList();
    }

    public async Task<IActionResult> OnPostCreateAsync(string alias)
    {
        var standard = MenuService.Standard.FirstOrDefault(s => s.Alias == alias);
        if (standard.Alias is null)
        {
            return BadRequest();
        }

        var existing = (await menus.ListAsync()).FirstOrDefault(m => MenuService.AliasOf(m) == alias);
        var menu = existing ?? await menus.CreateAsync(standard.Alias, standard.Title);
        return Redirect($"/admin/menus/edit?id={menu.ContentItemId}");
    }
}
