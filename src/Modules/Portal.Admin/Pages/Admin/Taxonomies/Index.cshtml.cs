using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Security;
using Portal.Admin.Taxonomies;
using Portal.Core.Content;

namespace Portal.Admin.Pages.Admin.Taxonomies;

/// <summary>The site's taxonomies ("Chuyên mục"), each with how many terms it has.</summary>
[Authorize(Policy = AdminPermissions.ManageTaxonomies)]
public sealed class IndexModel(TaxonomyService taxonomies) : PageModel
{
    public IReadOnlyList<(ContentItem Taxonomy, int Terms)> Taxonomies { get; private set; } = [];

    public async Task OnGetAsync() =>
        Taxonomies = (await taxonomies.ListAsync()).Select(t => (t, new TermTree(t.Clone()).Walk().Count())).ToList();
}
