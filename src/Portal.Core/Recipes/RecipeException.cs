namespace Portal.Core.Recipes;

/// <summary>A recipe that cannot be read or applied; nothing was changed.</summary>
public sealed class RecipeException(IReadOnlyList<RecipeError> errors) : Exception(string.Join(Environment.NewLine, errors))
{
    public RecipeException(RecipeError error) : this([error])
    {
    }

    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
