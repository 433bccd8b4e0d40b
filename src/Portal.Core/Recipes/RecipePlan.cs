using Portal.Core.Content.Definitions;

namespace Portal.Core.Recipes;

/// <summary>What the steps validated so far will have made true: the content definitions as they will be after them.</summary>
public sealed class RecipePlan(ContentDefinitionDocument definitions)
{
    /// <summary>The stored definitions plus those of the steps validated so far (a private copy).</summary>
    public ContentDefinitionDocument Definitions { get; } = definitions;
}
