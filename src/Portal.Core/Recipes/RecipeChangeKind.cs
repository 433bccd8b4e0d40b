namespace Portal.Core.Recipes;

/// <summary>What importing does to something that may already exist.</summary>
public enum RecipeChangeKind
{
    Created,
    Changed,
    Unchanged,
    Deleted,
}
