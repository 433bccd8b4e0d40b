using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Portal.Admin.Trees;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;

namespace Portal.Admin.Security;

/// <summary>The signed-in person's rights over content, answered from the role policies and the item's owner.</summary>
public sealed class ContentAccess(IAuthorizationService authorization, IHttpContextAccessor accessor, ContentDefinitionManager definitions)
{
    private readonly Dictionary<string, bool> answers = [];

    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>The person's user id.</summary>
    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public string UserName => User.Identity?.Name ?? "";

    public async Task<bool> HasAsync(string permission)
    {
        if (!answers.TryGetValue(permission, out var allowed))
        {
            allowed = (await authorization.AuthorizeAsync(User, permission)).Succeeded;
            answers[permission] = allowed;
        }

        return allowed;
    }

    /// <summary>
    /// Editors edit everything; authors what they own. A menu or a taxonomy also takes the right to manage those
    /// (its own editor's permission), wherever it is opened: the content editor, its versions.
    /// </summary>
    public async Task<bool> CanEditAsync(ContentItem item) =>
        (await HasAsync(AdminPermissions.EditAllContent) || (await HasAsync(AdminPermissions.EditOwnContent) && IsOwner(item)))
        && (TreeEditor.Of(await definitions.GetTypeAsync(item.ContentType)) is not { } own || await HasAsync(own.Permission));

    public Task<bool> CanPublishAsync() => HasAsync(AdminPermissions.PublishContent);

    /// <summary>
    /// Editors delete anything; an author their own items that are not on the website (a draft written by mistake or
    /// given up), as Orchard Core's DeleteOwnContent; what readers can see is for an editor to take down.
    /// </summary>
    public async Task<bool> CanDeleteAsync(ContentItem item, bool isLive) =>
        await HasAsync(AdminPermissions.DeleteContent) || (!isLive && IsOwner(item) && await HasAsync(AdminPermissions.EditOwnContent));

    /// <summary>True when the item was created by this person (Owner holds the user id, as in Orchard Core).</summary>
    public bool IsOwner(ContentItem item) => item.Owner is { Length: > 0 } owner && owner == UserId;
}
