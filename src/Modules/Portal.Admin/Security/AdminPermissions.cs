using Microsoft.AspNetCore.Authorization;

namespace Portal.Admin.Security;

/// <summary>
/// What each role may do, as authorization policies checked on the server for every page and every action:
/// Administrator everything; Editor all content, publishing, media, menus, categories (taxonomy terms), footer and the visit statistics; Author their own drafts.
/// </summary>
public static class AdminPermissions
{
    public const string AccessAdmin = nameof(AccessAdmin);
    public const string EditOwnContent = nameof(EditOwnContent);
    public const string EditAllContent = nameof(EditAllContent);
    public const string PublishContent = nameof(PublishContent);
    public const string DeleteContent = nameof(DeleteContent);
    public const string UploadMedia = nameof(UploadMedia);
    public const string ManageMedia = nameof(ManageMedia);
    public const string ManageMenus = nameof(ManageMenus);
    public const string ManageTaxonomies = nameof(ManageTaxonomies);
    public const string ManageFooter = nameof(ManageFooter);
    public const string ManageSettings = nameof(ManageSettings);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ViewVisitStatistics = nameof(ViewVisitStatistics);
    public const string ManageRecipes = nameof(ManageRecipes);

    private static readonly Dictionary<string, string[]> RolesByPermission = new()
    {
        [AccessAdmin] = AdminRoles.All,
        [EditOwnContent] = AdminRoles.All,
        [UploadMedia] = AdminRoles.All,
        [EditAllContent] = [AdminRoles.Administrator, AdminRoles.Editor],
        [PublishContent] = [AdminRoles.Administrator, AdminRoles.Editor],
        [DeleteContent] = [AdminRoles.Administrator, AdminRoles.Editor],
        [ManageMedia] = [AdminRoles.Administrator, AdminRoles.Editor],
        [ManageMenus] = [AdminRoles.Administrator, AdminRoles.Editor],
        [ManageTaxonomies] = [AdminRoles.Administrator, AdminRoles.Editor],
        [ManageFooter] = [AdminRoles.Administrator, AdminRoles.Editor],
        [ViewVisitStatistics] = [AdminRoles.Administrator, AdminRoles.Editor],
        [ManageSettings] = [AdminRoles.Administrator],
        [ManageUsers] = [AdminRoles.Administrator],
        // A recipe can change every type, item and setting: import and export are the administrator's alone.
        [ManageRecipes] = [AdminRoles.Administrator],
    };

    /// <summary>Registers one policy per permission.</summary>
    public static void AddPolicies(AuthorizationOptions options)
    {
        foreach (var (permission, roles) in RolesByPermission)
        {
            options.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
