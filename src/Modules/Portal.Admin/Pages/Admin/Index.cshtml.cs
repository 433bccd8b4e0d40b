using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Dashboard;
using Portal.Admin.Security;
using Portal.Admin.Trees;
using Portal.Core.Content.Definitions;

namespace Portal.Admin.Pages.Admin;

/// <summary>The dashboard home: drafts waiting, scheduled, recently published, today's visits.</summary>
public sealed class IndexModel(DashboardSummary dashboard, ContentDefinitionManager definitions, ContentAccess access) : PageModel
{
    public DashboardModel? Summary { get; private set; }

    public IReadOnlyList<ContentTypeDefinition> CreatableTypes { get; private set; } = [];

    public bool CanViewStatistics { get; private set; }

    public async Task OnGetAsync()
    {
        var document = await definitions.GetAsync();
        CreatableTypes = document.Types.Where(TreeEditor.IsCreatedInContentEditor).ToList();
        var listable = document.Types.Where(t => t.Listable).Select(t => t.Name).ToList();
        var ownerId = await access.HasAsync(AdminPermissions.EditAllContent) ? null : access.UserId;
        Summary = await dashboard.LoadAsync(listable, ownerId);
        CanViewStatistics = await access.HasAsync(AdminPermissions.ViewVisitStatistics);
    }
}
