using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Content;

namespace Portal.Admin.Trees;

/// <summary>
/// The page model of a tree editor (a menu, a taxonomy's terms): loads the item and its tree, applies one posted
/// change on top of the version the page showed, publishes, and answers a redirect with a message, or the page
/// again with the reason (400) when the change is refused — nothing saved then, and the form as the editor filled it.
/// </summary>
public abstract class TreeEditPage<TTree>(TreeOwners owners) : PageModel where TTree : ItemTree
{
    public ContentItem? Owner { get; private set; }
    public TTree? Tree { get; private set; }
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The refused form's values, shown again (bad input loses nothing); null when nothing was refused.</summary>
    public TreeInput? Refused { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The page's address without the query: "/admin/menus/edit".</summary>
    protected abstract string PagePath { get; }

    /// <summary>What the item is called in the conflict message: "Menu", "Phân loại".</summary>
    protected abstract string ItemName { get; }

    protected abstract TTree TreeOf(ContentItem item);

    /// <summary>Whatever else the page shows, read once the tree is loaded.</summary>
    protected virtual Task LoadMoreAsync() => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Message = Done switch
        {
            "add" => "Đã thêm mục.",
            "update" => "Đã lưu mục.",
            "remove" => "Đã xóa mục.",
            "move" or "order" => "Đã lưu thứ tự.",
            _ => null,
        };
        return Page();
    }

    /// <summary>
    /// What the editor typed in the refused form <paramref name="op"/> ("add", or "update" of the node
    /// <paramref name="itemId"/>), for that form to show again; null for every other form.
    /// </summary>
    public TreeInput? RefusedFor(string op, string? itemId = null) =>
        Refused is { } input && input.Op == op && (op == "add" || input.ItemId == itemId) ? input : null;

    /// <summary>
    /// Applies the posted operation: a move (see <see cref="ItemTree.TryMove"/>) or what <paramref name="edit"/> does
    /// (false: not an operation of this page, answered 400). Throw <see cref="TreeException"/> to refuse.
    /// </summary>
    protected async Task<IActionResult> ChangeAsync(TreeInput posted, string? order, long revision, string? versionId, Func<TTree, Task<bool>> edit)
    {
        var (op, itemId) = (posted.Op, posted.ItemId);
        Owner = await owners.GetAsync(Id);
        if (Owner is null)
        {
            return NotFound();
        }

        // The version the page showed: a change on top of someone else's is refused.
        Owner.Revision = revision;
        Owner.ContentItemVersionId = versionId ?? "";
        Tree = TreeOf(Owner);
        try
        {
            if (!Tree.TryMove(op, itemId, order) && !await edit(Tree))
            {
                return BadRequest();
            }

            await owners.SaveAsync(Owner);
        }
        catch (TreeException ex)
        {
            return await ShowErrorAsync(ex.Message, posted);
        }
        catch (ContentConcurrencyException)
        {
            return await ShowErrorAsync($"{ItemName} vừa được người khác thay đổi. Trang đã được tải lại với nội dung mới nhất; hãy làm lại thao tác.", posted);
        }
        catch (ContentValidationException ex)
        {
            return await ShowErrorAsync(string.Join(" ", ex.Errors.Select(e => e.Message)), posted);
        }

        return Redirect($"{PagePath}?id={Uri.EscapeDataString(Id)}&done={(op is "up" or "down" or "indent" or "outdent" ? "move" : op)}");
    }

    private async Task<bool> LoadAsync()
    {
        Owner = await owners.GetAsync(Id);
        if (Owner is null)
        {
            return false;
        }

        Tree = TreeOf(Owner);
        await LoadMoreAsync();
        return true;
    }

    private async Task<IActionResult> ShowErrorAsync(string error, TreeInput posted)
    {
        Error = error;
        Refused = posted;
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var page = Page();
        page.StatusCode = 400;
        return page;
    }
}
