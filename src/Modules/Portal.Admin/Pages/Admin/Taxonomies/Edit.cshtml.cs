using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Admin.Security;
using Portal.Admin.Taxonomies;
using Portal.Admin.Trees;
using Portal.Core.Content;

namespace Portal.Admin.Pages.Admin.Taxonomies;

/// <summary>
/// Edits the terms of one taxonomy (the categories articles are filed under): add, rename, change the path, move,
/// nest, reorder by drag and drop, remove. A term still filing content is not removed: the editor is told how many
/// items use it and where to find them. Every change publishes the taxonomy, refused if someone else changed it since
/// the page was opened.
/// </summary>
[Authorize(Policy = AdminPermissions.ManageTaxonomies)]
public sealed class EditModel(TaxonomyService taxonomies) : TreeEditPage<TermTree>(taxonomies)
{
    /// <summary>How many content items each term files (absent: none).</summary>
    public IReadOnlyDictionary<string, int> Usage { get; private set; } = new Dictionary<string, int>();

    protected override string PagePath => "/admin/taxonomies/edit";

    protected override string ItemName => "Phân loại";

    public Task<IActionResult> OnPostAsync(string op, string? itemId, string? parentId, string? name, string? path, string? order, long revision, string? versionId) =>
        ChangeAsync(new TreeInput(op, itemId, parentId, name, path), order, revision, versionId, async tree =>
        {
            switch (op)
            {
                case "add":
                    tree.Add(parentId, Required(name), path);
                    return true;
                case "update":
                    tree.Update(itemId ?? "", Required(name), path);
                    return true;
                case "remove":
                    await CheckUnusedAsync(tree, itemId ?? "");
                    tree.Remove(itemId ?? "");
                    return true;
                default:
                    return false;
            }
        });

    protected override TermTree TreeOf(ContentItem item) => new(item);

    protected override async Task LoadMoreAsync() =>
        Usage = await taxonomies.UsageAsync(Tree!.Walk().Select(w => ItemTree.Id(w.Node)).ToList());

    private static string Required(string? name) =>
        string.IsNullOrWhiteSpace(name) ? throw new TreeException("Vui lòng nhập tên mục.") : name.Trim();

    // Removing a term would leave the items filed under it (or under a term nested in it) pointing at nothing.
    private async Task CheckUnusedAsync(TermTree tree, string id)
    {
        var terms = tree.Subtree(id).ToList();
        var usage = await taxonomies.UsageAsync(terms.Select(ItemTree.Id).ToList());
        if (terms.FirstOrDefault(t => usage.ContainsKey(ItemTree.Id(t))) is { } used)
        {
            throw new TreeException($"Không xóa được: mục “{TermTree.Name(used)}” đang có {usage[ItemTree.Id(used)]} nội dung. "
                + "Hãy chuyển các nội dung đó sang mục khác (trang Nội dung, lọc theo mục này) rồi xóa lại.");
        }
    }
}
