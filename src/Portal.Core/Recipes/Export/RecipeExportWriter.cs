using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Core.Recipes.Export;

/// <summary>Writes an export: the recipe as indented UTF-8 JSON (Vietnamese and HTML left readable) and its files beside it.</summary>
public static class RecipeExportWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // A recipe is a file for people and importers, never embedded in a page: keep <, >, & and Vietnamese as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the recipe JSON to a stream.</summary>
    public static async Task WriteJsonAsync(RecipeExport export, Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(output, WriterOptions);
        export.Recipe.WriteTo(writer);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Writes the recipe to <paramref name="recipePath"/> and its files beside it (at their SourcePath). The recipe is
    /// written to a temporary file first and moved into place, so a failed export never leaves half a file.
    /// </summary>
    public static async Task WriteFileAsync(RecipeExport export, string recipePath, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(recipePath);
        var folder = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(folder);
        foreach (var file in export.Files)
        {
            var target = Path.GetFullPath(Path.Combine(folder, file.RelativePath));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var source = file.Open();
            await using var destination = File.Create(target);
            await source.CopyToAsync(destination, cancellationToken);
        }

        var temporary = fullPath + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await WriteJsonAsync(export, stream, cancellationToken);
        }

        File.Move(temporary, fullPath, overwrite: true);
    }

    /// <summary>Writes a zip holding the recipe (as <paramref name="recipeName"/>) and its files, for a download.</summary>
    public static async Task WriteZipAsync(RecipeExport export, Stream output, string recipeName = "recipe.json", CancellationToken cancellationToken = default)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await using (var entry = await zip.CreateEntry(recipeName, CompressionLevel.Optimal).OpenAsync(cancellationToken))
        {
            await WriteJsonAsync(export, entry, cancellationToken);
        }

        foreach (var file in export.Files)
        {
            await using var entry = await zip.CreateEntry(file.RelativePath, CompressionLevel.Optimal).OpenAsync(cancellationToken);
            await using var source = file.Open();
            await source.CopyToAsync(entry, cancellationToken);
        }
    }
}
