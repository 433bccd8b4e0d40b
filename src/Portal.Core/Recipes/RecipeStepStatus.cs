namespace Portal.Core.Recipes;

/// <summary>What became of a step.</summary>
public enum RecipeStepStatus
{
    /// <summary>Validated, not applied (a dry run, or a recipe that failed elsewhere).</summary>
    Planned,
    Applied,
    /// <summary>No module handles this step and the admin chose to skip such steps.</summary>
    SkippedUnsupported,
    /// <summary>No module handles this step: the import is refused unless unsupported steps are skipped.</summary>
    Unsupported,
}
