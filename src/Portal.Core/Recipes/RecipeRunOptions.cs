namespace Portal.Core.Recipes;

/// <summary>How to run a recipe.</summary>
public sealed class RecipeRunOptions
{
    /// <summary>Validate and apply inside a transaction that is rolled back: the plan, with nothing written.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Skip steps no module handles (listing them) instead of refusing the recipe. Files the recipe names but
    /// that are missing are then reported and left out too, so an Orchard Core recipe can be imported in part.
    /// </summary>
    public bool SkipUnsupported { get; init; }

    /// <summary>Values for <c>parameters('...')</c>: AdminUserId, AdminUsername, SiteName.</summary>
    public Dictionary<string, string?> Parameters { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}
