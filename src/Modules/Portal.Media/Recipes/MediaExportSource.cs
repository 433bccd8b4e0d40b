using System.Text.Json.Nodes;
using Portal.Core.Recipes.Export;
using Portal.Media.Services;

namespace Portal.Media.Recipes;

/// <summary>
/// Exports the library as a <c>media</c> step, before the content that shows its files: each file beside the recipe
/// (<c>SourcePath</c>) or embedded as <c>Base64</c>, as the admin chose. An export without content leaves the files out.
/// Alt texts are not part of Orchard Core's step and do not travel.
/// </summary>
public sealed class MediaExportSource(MediaStore store) : IRecipeExportSource
{
    public int Order => RecipeExportOrder.Media;

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        if (!context.Options.IncludeContent)
        {
            return;
        }

        var files = new JsonArray();
        long bytes = 0;
        foreach (var path in store.AllFiles())
        {
            var fullPath = store.FindFile(path);
            if (fullPath is null)
            {
                continue; // deleted since it was listed
            }

            files.Add(await context.AddFileAsync(path, () => File.OpenRead(fullPath), cancellationToken));
            bytes += new FileInfo(fullPath).Length;
        }

        if (files.Count > 0)
        {
            context.AddStep(new JsonObject { ["name"] = "media", ["Files"] = files }, $"{files.Count} tệp ({MediaLibrary.FormatSize(bytes)})");
        }
    }
}
