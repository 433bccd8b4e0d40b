using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Editors;
using Portal.Core.Content.Definitions;
using Portal.Core.Data;
using Portal.Core.Text;

namespace Portal.Admin.Pages.Admin.Content;

/// <summary>The content picker's search: latest items of the allowed types whose folded title contains the folded query (JSON).</summary>
public sealed class PickerModel(PortalDbContext db, ContentDefinitionManager definitions) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? q, string? types)
    {
        var document = await definitions.GetAsync();
        var allowed = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (allowed.Count == 0)
        {
            allowed = document.Types.Where(t => t.Listable).Select(t => t.Name).ToList();
        }

        var key = VietnameseText.Fold(q).Trim();
        var yes = true;
        var query = db.ContentItems.AsNoTracking().Where(r => r.Latest == yes && allowed.Contains(r.ContentType));
        if (key.Length > 0)
        {
            query = query.Where(r => r.DisplayTextKey.Contains(key));
        }

        var items = await query.OrderBy(r => r.DisplayTextKey).Take(20)
            .Select(r => new PickedItem(r.ContentItemId, r.DisplayText, r.ContentType, r.Published)).ToListAsync();
        return new JsonResult(items);
    }
}
