using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Content;
using Portal.Admin.Editors;
using Portal.Admin.Security;
using Portal.Admin.Taxonomies;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;

namespace Portal.Admin.Pages.Admin.Content;

/// <summary>The content list: filters, sort, keyset pages, and bulk publish / unpublish / delete after a confirmation.</summary>
public sealed class IndexModel(ContentListQuery query, ContentDefinitionManager definitions, IContentManager contents, ContentAccess access, TaxonomyService taxonomies) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public ContentStatus Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Term { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "modified";
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public ContentListPage? Result { get; private set; }
    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];
    public IReadOnlyList<TermChoice> Terms { get; private set; } = [];
    public bool CanBulk { get; private set; }

    /// <summary>Set while the bulk action waits for confirmation.</summary>
    public BulkRequest? Pending { get; private set; }

    /// <summary>What the last bulk action did, and what it could not do.</summary>
    public List<string> Messages { get; } = [];
    public List<string> Problems { get; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string action, List<string> ids, bool confirmed)
    {
        // Deleting is also open to authors, for their own items that are not live: checked item by item below.
        var allowed = action switch
        {
            "publish" or "unpublish" => await access.HasAsync(AdminPermissions.PublishContent),
            "delete" => await access.HasAsync(AdminPermissions.DeleteContent) || await access.HasAsync(AdminPermissions.EditOwnContent),
            _ => false,
        };
        if (!allowed)
        {
            return Forbid();
        }

        ids = ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().Take(200).ToList();
        if (ids.Count == 0)
        {
            Problems.Add("Hãy chọn ít nhất một nội dung.");
        }
        else if (!confirmed)
        {
            var items = await contents.GetManyAsync(ids, VersionOptions.Latest);
            Pending = new BulkRequest(action, items.Select(i => (i.ContentItemId, i.DisplayText)).ToList());
        }
        else
        {
            await ApplyAsync(action, ids);
        }

        await LoadAsync();
        return Page();
    }

    public string ActionName(string action) => action switch
    {
        "publish" => "Xuất bản",
        "unpublish" => "Hủy xuất bản",
        _ => "Xóa",
    };

    private async Task ApplyAsync(string action, List<string> ids)
    {
        var done = 0;
        foreach (var id in ids)
        {
            try
            {
                var ok = action switch
                {
                    "publish" => await PublishAsync(id),
                    "unpublish" => await contents.UnpublishAsync(id),
                    _ => await DeleteAsync(id),
                };
                done += ok ? 1 : 0;
            }
            catch (ContentValidationException ex)
            {
                var title = (await contents.GetAsync(id, VersionOptions.Latest))?.DisplayText ?? id;
                Problems.Add($"“{title}”: {string.Join(" ", ex.Errors.Select(e => e.Message))}");
            }
            catch (ContentConcurrencyException)
            {
                Problems.Add("Một nội dung vừa được người khác thay đổi; hãy thử lại.");
            }
        }

        Messages.Add($"{ActionName(action)}: {done}/{ids.Count} nội dung.");
    }

    private async Task<bool> DeleteAsync(string id)
    {
        var latest = await contents.GetAsync(id, VersionOptions.Latest);
        if (latest is null)
        {
            return false;
        }

        if (!await access.CanDeleteAsync(latest, isLive: await contents.GetAsync(id, VersionOptions.Published) is not null))
        {
            Problems.Add($"“{latest.DisplayText}”: bạn chỉ xóa được nội dung của chính mình khi nó chưa có trên website.");
            return false;
        }

        return await contents.RemoveAsync(id);
    }

    private async Task<bool> PublishAsync(string id)
    {
        var latest = await contents.GetAsync(id, VersionOptions.Latest);
        if (latest is null || latest.Published)
        {
            return false;
        }

        await contents.PublishAsync(latest);
        return true;
    }

    private async Task LoadAsync()
    {
        var document = await definitions.GetAsync();
        Types = document.Types.Where(t => t.Listable).OrderBy(t => t.DisplayName).ToList();
        var listable = Types.Select(t => t.Name).ToList();
        CanBulk = await access.HasAsync(AdminPermissions.PublishContent);
        Terms = (await taxonomies.ListAsync()).SelectMany(TaxonomyTerms.Flatten).ToList();
        Result = await query.RunAsync(new ContentListFilter
        {
            Type = Type,
            Status = Status,
            TermId = Term,
            Text = Q,
            Sort = Sort,
            After = After,
            OwnerId = await access.HasAsync(AdminPermissions.EditAllContent) ? null : access.UserId,
        }, listable);
    }

    /// <summary>A bulk action waiting for confirmation.</summary>
    public sealed record BulkRequest(string Action, IReadOnlyList<(string Id, string Title)> Items);
}
