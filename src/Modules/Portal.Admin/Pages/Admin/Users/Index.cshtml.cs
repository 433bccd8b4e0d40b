using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Security;
using Portal.Core.Data;

namespace Portal.Admin.Pages.Admin.Users;

/// <summary>Everyone who can sign in, with their roles and state (Administrator only).</summary>
[Authorize(Policy = AdminPermissions.ManageUsers)]
public sealed class IndexModel(UserManager<PortalUser> users) : PageModel
{
    public List<(PortalUser User, IList<string> Roles)> People { get; } = [];

    public async Task OnGetAsync()
    {
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync())
        {
            People.Add((user, await users.GetRolesAsync(user)));
        }
    }
}
