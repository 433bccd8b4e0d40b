using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Editors;
using Portal.Admin.Menus;
using Portal.Admin.Security;
using Portal.Core.Content;
using Portal.Core.Json;

namespace Portal.Admin.Pages.Admin.Menus;

/// <summary>
/// Edits one menu: add, edit, delete, move up/down, nest/unnest (buttons that work with the keyboard and without
/// script), and reorder by drag and drop (SortableJS posts the whole order). Every change publishes the menu,
/// refused if someone else changed it since the page was opened.
/// </summary>
[Authorize(Policy = AdminPermissions.ManageMenus)]
public sealed class EditModel(MenuService menus) : PageModel
{
    public ContentItem? Menu { get; private set; }
    public MenuTree? Tree { get; private set; }
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Menu = await menus.GetAsync(Id);
        if (Menu is null)
        {
            return NotFound();
        }

        Tree = new MenuTree(Menu);
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

    public async Task<IActionResult> OnPostAsync(string op, string? itemId, string? parentId, string? name, string? url, bool newTab, string? order, long revision, string? versionId)
    {
        Menu = await menus.GetAsync(Id);
        if (Menu is null)
        {
            return NotFound();
        }

        // The version the page showed: a change on top of someone else's is refused.
        Menu.Revision = revision;
        Menu.ContentItemVersionId = versionId ?? "";
        Tree = new MenuTree(Menu);
        try
        {
            switch (op)
            {
                case "add":
                    Tree.Add(parentId, Check(name, url), url!.Trim(), newTab);
                    break;
                case "update":
                    Tree.Update(itemId ?? "", Check(name, url), url!.Trim(), newTab);
                    break;
                case "remove":
                    Tree.Remove(itemId ?? "");
                    break;
                case "up" or "down":
                    Tree.Move(itemId ?? "", op == "up" ? -1 : 1);
                    break;
                case "indent":
                    Tree.Indent(itemId ?? "");
                    break;
                case "outdent":
                    Tree.Outdent(itemId ?? "");
                    break;
                case "order":
                    Tree.Reorder(JsonNode.Parse(order ?? "[]", documentOptions: DuplicateProperties.Refused(default)) as JsonArray ?? throw new MenuException("Thứ tự không hợp lệ."));
                    break;
                default:
                    return BadRequest();
            }

            await menus.SaveAsync(Menu);
        }
        catch (Exception ex) when (ex is MenuException or JsonException)
        {
            return await ShowErrorAsync(ex is MenuException ? ex.Message : "Thứ tự không hợp lệ.");
        }
        catch (ContentConcurrencyException)
        {
            return await ShowErrorAsync("Menu vừa được người khác thay đổi. Trang đã được tải lại với nội dung mới nhất; hãy làm lại thao tác.");
        }
        catch (ContentValidationException ex)
        {
            return await ShowErrorAsync(string.Join(" ", ex.Errors.Select(e => e.Message)));
        }

        return Redirect($"/admin/menus/edit?id={Uri.EscapeDataString(Id)}&done={(op is "up" or "down" or "indent" or "outdent" ? "move" : op)}");
    }

    private static string Check(string? name, string? url)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new MenuException("Vui lòng nhập tên mục.");
        }

        if (string.IsNullOrWhiteSpace(url) || !(LinkFieldEditor.IsSafe(url.Trim()) || url.Trim() == "#"))
        {
            throw new MenuException("Địa chỉ phải bắt đầu bằng http://, https://, / hoặc ~/ (một trang của website).");
        }

        return name.Trim();
    }

    private async Task<IActionResult> ShowErrorAsync(string error)
    {
        Error = error;
        Menu = await menus.GetAsync(Id);
        Tree = new MenuTree(Menu!);
        var page = Page();
        page.StatusCode = 400;
        return page;
    }
}
