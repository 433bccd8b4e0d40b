using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Settings;

namespace Portal.Web;

/// <summary>The values of <c>parameters('...')</c> for an import outside setup: the first administrator and the site name.</summary>
public static class RecipeParameters
{
    public static async Task<Dictionary<string, string?>> ForAdministratorAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var admin = (await users.GetUsersInRoleAsync("Administrator")).OrderBy(u => u.CreatedUtc).FirstOrDefault()
            ?? await users.Users.OrderBy(u => u.CreatedUtc).FirstOrDefaultAsync();
        var settings = await services.GetRequiredService<SiteSettingsManager>().GetAsync();
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AdminUserId"] = admin?.Id,
            ["AdminUsername"] = admin?.UserName,
            ["SiteName"] = settings.SiteName,
        };
    }
}
