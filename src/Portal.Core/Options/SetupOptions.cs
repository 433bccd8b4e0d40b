namespace Portal.Core.Options;

/// <summary>How an empty database is set up on first run.</summary>
public sealed class SetupOptions
{
    /// <summary>The recipe that sets up a new site, relative to the application folder.</summary>
    public string Recipe { get; set; } = "recipes/lienhiephoi.recipe.json";

    public string AdminUserName { get; set; } = "admin";

    /// <summary>When empty, a strong password is generated and printed once to the console.</summary>
    public string? AdminPassword { get; set; }

    public string? AdminEmail { get; set; }
}
