namespace Portal.Core.Recipes.Export;

/// <summary>
/// Contributes steps to a site export. The core exports features, themes, settings, roles, content definitions and
/// content; a module adds its own (the media library its <c>media</c> step, the visit counter its starting totals)
/// by registering a source with <c>services.AddRecipeExportSource&lt;T&gt;()</c> in its Startup.
/// </summary>
public interface IRecipeExportSource
{
    /// <summary>Where the source's steps go in the recipe; see <see cref="RecipeExportOrder"/>.</summary>
    int Order { get; }

    /// <summary>Adds steps (and files) to the export. Reads only; runs in the exporting request's scope.</summary>
    Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken);
}
