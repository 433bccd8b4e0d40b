namespace Portal.Core.Recipes;

/// <summary>A content type, or a part (with its fields).</summary>
public enum RecipeDefinitionKind
{
    Type,
    Part,
}
