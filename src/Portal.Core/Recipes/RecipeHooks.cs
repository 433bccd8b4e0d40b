namespace Portal.Core.Recipes;

/// <summary>Work a caller (first-run setup) does inside the import's transaction.</summary>
public sealed class RecipeHooks
{
    /// <summary>Runs first in the transaction; returning false abandons the import without error (someone else did it).</summary>
    public Func<Task<bool>>? BeforeApply { get; init; }

    /// <summary>Runs after the last step, before commit.</summary>
    public Func<Task>? BeforeCommit { get; init; }
}
