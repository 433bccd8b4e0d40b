using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Settings;

namespace Portal.Core.Recipes;

/// <summary>The values of <c>parameters('AdminUserId' | 'AdminUsername' | 'SiteName')</c> for an import outside setup.</summary>
public static class RecipeParameters
{
    /// <summary>For the administrator running the import (the dashboard), or the first administrator (the command line).</summary>
    public static async Task<Dictionary<string, string?>> ForAdministratorAsync(IServiceProvider services, PortalUser? runBy = null)
    {
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var admin = runBy
            ?? (await users.GetUsersInRoleAsync("Administrator")).OrderBy(u => u.CreatedUtc).FirstOrDefault()
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
