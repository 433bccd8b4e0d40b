using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Security;
using Portal.Core.Content;

namespace Portal.Admin.Pages.Admin.Content;

/// <summary>Every version of an item, newest first, each restorable as a new draft.</summary>
public sealed class VersionsModel(IContentManager contents, ContentAccess access) : PageModel
{
    public ContentItem? Latest { get; private set; }
    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Latest = await contents.GetAsync(id, VersionOptions.Latest);
        if (Latest is null)
        {
            return NotFound();
        }

        if (!await access.CanEditAsync(Latest))
        {
            return Forbid();
        }

        Versions = await contents.ListVersionsAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string versionId)
    {
        var latest = await contents.GetAsync(id, VersionOptions.Latest);
        var version = await contents.GetVersionAsync(versionId);
        if (latest is null || version is null || version.ContentItemId != id)
        {
            return NotFound();
        }

        if (!await access.CanEditAsync(latest))
        {
            return Forbid();
        }

        await contents.RestoreAsync(versionId);
        return Redirect($"/admin/content/edit?id={Uri.EscapeDataString(id)}&done=restore");
    }
}
