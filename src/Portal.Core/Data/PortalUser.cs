using Microsoft.AspNetCore.Identity;

namespace Portal.Core.Data;

/// <summary>A person who signs in to the dashboard.</summary>
public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public bool IsDisabled { get; set; }
    public DateTime CreatedUtc { get; set; }
}
