namespace Portal.Core.Recipes;

/// <summary>Where a step is in its recipe, for messages.</summary>
internal sealed record RecipeStepContextInfo(int Number, string Name)
{
    public string Path => $"steps[{Number - 1}]";
}
