namespace Portal.Core.Recipes.Export;

/// <summary>A file that goes beside an exported recipe, at <see cref="RelativePath"/> (the step's <c>SourcePath</c>).</summary>
public sealed record RecipeExportFile(string RelativePath, Func<Stream> Open);
