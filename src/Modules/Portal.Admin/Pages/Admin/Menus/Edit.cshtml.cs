using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Admin.Editors;
using Portal.Admin.Menus;
using Portal.Admin.Security;
using Portal.Admin.Trees;
using Portal.Core.Content;

namespace Portal.Admin.Pages.Admin.Menus;

/// <summary>
/// Edits one menu: add, edit, delete, move up/down, nest/unnest (buttons that work with the keyboard and without
/// script), and reorder by drag and drop (SortableJS posts the whole order). Every change publishes the menu,
/// refused if someone else changed it since the page was opened.
/// </summary>
[Authorize(Policy = AdminPermissions.ManageMenus)]
public sealed class EditModel(MenuService menus) : TreeEditPage<MenuTree>(menus)
{
    protected override string PagePath => "/admin/menus/edit";

    protected override string ItemName => "Menu";

    public Task<IActionResult> OnPostAsync(string op, string? itemId, string? parentId, string? name, string? url, bool newTab, string? order, long revision, string? versionId) =>
        ChangeAsync(new TreeInput(op, itemId, parentId, name, url, newTab), order, revision, versionId, tree =>
        {
            switch (op)
            {
                case "add":
                    tree.Add(parentId, Check(name, url), url!.Trim(), newTab);
                    return Task.FromResult(true);
                case "update":
                    tree.Update(itemId ?? "", Check(name, url), url!.Trim(), newTab);
                    return Task.FromResult(true);
                case "remove":
                    tree.Remove(itemId ?? "");
                    return Task.FromResult(true);
                default:
                    return Task.FromResult(false);
            }
        });

    protected override MenuTree TreeOf(ContentItem item) => new(item);

    private static string Check(string? name, string? url)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new TreeException("Vui lòng nhập tên mục.");
        }

        if (string.IsNullOrWhiteSpace(url) || !(LinkFieldEditor.IsSafe(url.Trim()) || url.Trim() == "#"))
        {
            throw new TreeException("Địa chỉ phải bắt đầu bằng http://, https://, / hoặc ~/ (một trang của website).");
        }

        return name.Trim();
    }
}
