using Portal.Core.Recipes;

namespace Portal.Admin.Recipes;

/// <summary>A dry run: its report, and the SHA-256 of the recipe's bytes that the confirmation must find again.</summary>
public sealed record RecipeImportPlan(RecipeImportSource Source, string Sha256, bool SkipUnsupported, RecipeReport Report);
