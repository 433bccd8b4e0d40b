namespace Portal.Core.Recipes;

/// <summary>How many content items (not versions) of one type an import creates, updates or leaves as they are.</summary>
public sealed class RecipeItemCounts
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }

    public int Total => Created + Updated + Unchanged;
}
