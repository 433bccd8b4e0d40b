namespace Portal.Core.Recipes;

/// <summary>What a ContentDefinition, ReplaceContentDefinition or DeleteContentDefinition step does to one content type or part.</summary>
/// <param name="Kind">Whether <paramref name="Name"/> is a content type or a part.</param>
/// <param name="Name">The type or part name.</param>
/// <param name="Change">Created, changed, left as it is, or deleted.</param>
/// <param name="Added">Parts added to a type, or fields added to a part (all of them for a new one).</param>
/// <param name="SettingsChanged">True when existing settings change (of the type, its parts or the part's fields).</param>
public sealed record RecipeDefinitionChange(RecipeDefinitionKind Kind, string Name, RecipeChangeKind Change, IReadOnlyList<string> Added, bool SettingsChanged)
{
    /// <summary>Parts taken off a type, or fields off a part, by a ReplaceContentDefinition step.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];
}
