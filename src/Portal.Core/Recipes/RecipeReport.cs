namespace Portal.Core.Recipes;

/// <summary>The plan or result of an import: steps, counts, warnings, and whatever in the recipe has no equivalent here.</summary>
public sealed class RecipeReport
{
    public string RecipeName { get; set; } = "";
    public bool DryRun { get; set; }
    public bool Succeeded { get; set; }
    public List<RecipeStepReport> Steps { get; } = [];
    public List<RecipeError> Errors { get; } = [];

    /// <summary>Things done differently than asked but not fatal (a missing file skipped, an ignored permission...).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Feature ids (Orchard Core's or ours) that nothing here stands for.</summary>
    public SortedSet<string> UnknownFeatures { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> CreatedTypes { get; } = [];
    public List<string> ChangedTypes { get; } = [];
    public int ItemsCreated { get; set; }
    public int ItemsUpdated { get; set; }
    public int ItemsUnchanged { get; set; }

    /// <summary>The steps no module handles.</summary>
    public IEnumerable<RecipeStepReport> UnsupportedSteps =>
        Steps.Where(s => s.Status is RecipeStepStatus.Unsupported or RecipeStepStatus.SkippedUnsupported);
}
