namespace Portal.Core.Recipes;

/// <summary>A recipe shipped in <c>recipes/</c>, as a list of recipes shows it; <see cref="Error"/> is set when the file cannot be read.</summary>
public sealed record RecipeDescriptor(string FileName, string FullPath, string Name, string DisplayName, string? Description, bool IsSetupRecipe, string? Error);
