namespace Portal.Core.Recipes;

/// <summary>
/// A recipe step handler, named after its step (<c>ContentDefinitionStep</c> handles "ContentDefinition").
/// Every step of a recipe is validated before any is applied; all are applied in one transaction.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The step name, matched ignoring case.</summary>
    string Name { get; }

    /// <summary>
    /// Checks the step's shape and references without writing anything, adding errors to the context.
    /// May record in <see cref="RecipeStepContext.Plan"/> what later steps can rely on (types defined earlier).
    /// </summary>
    Task ValidateAsync(RecipeStepContext context);

    /// <summary>Applies the step inside the import's transaction.</summary>
    Task ApplyAsync(RecipeStepContext context);
}
