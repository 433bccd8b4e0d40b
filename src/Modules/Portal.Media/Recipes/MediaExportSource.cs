using System.Text.Json.Nodes;
using Portal.Core.Recipes.Export;
using Portal.Media.Services;

namespace Portal.Media.Recipes;

/// <summary>
/// Exports the library as a <c>media</c> step, before the content that shows its files: each file beside the recipe
/// (<c>SourcePath</c>) or embedded as <c>Base64</c>, as the admin chose, with its alternative text (<c>AltText</c>, ours:
/// Orchard Core's step ignores it). An export without content leaves the files out.
/// </summary>
public sealed class MediaExportSource(MediaStore store, MediaAltTexts altTexts) : IRecipeExportSource
{
    public int Order => RecipeExportOrder.Media;

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        if (!context.Options.IncludeContent)
        {
            return;
        }

        var texts = await altTexts.GetAllAsync();
        var files = new JsonArray();
        long bytes = 0;
        foreach (var path in store.AllFiles())
        {
            var fullPath = store.FindFile(path);
            if (fullPath is null)
            {
                continue; // deleted since it was listed
            }

            var file = await context.AddFileAsync(path, () => File.OpenRead(fullPath), cancellationToken);
            if (texts.TryGetValue(path, out var text))
            {
                file[MediaStep.AltText] = text;
            }

            files.Add(file);
            bytes += new FileInfo(fullPath).Length;
        }

        if (files.Count > 0)
        {
            context.AddStep(new JsonObject { ["name"] = "media", ["Files"] = files }, $"{files.Count} tệp ({MediaLibrary.FormatSize(bytes)})");
        }
    }
}
