using System.Text.Json.Nodes;

namespace Portal.Core.Recipes.Export;

/// <summary>One export in progress: what was asked for, and the steps and files gathered so far.</summary>
public sealed class RecipeExportContext(RecipeExportOptions options, IReadOnlySet<string> contentTypes)
{
    private readonly List<JsonObject> steps = [];
    private readonly List<RecipeExportFile> files = [];
    private readonly List<string> summary = [];
    private readonly HashSet<string> filePaths = new(StringComparer.Ordinal);

    public RecipeExportOptions Options { get; } = options;

    /// <summary>The content types whose definitions and items are exported (every type unless the admin chose some).</summary>
    public IReadOnlySet<string> ContentTypes { get; } = contentTypes;

    internal IReadOnlyList<JsonObject> Steps => steps;
    internal IReadOnlyList<RecipeExportFile> Files => files;
    internal IReadOnlyList<string> Summary => summary;

    /// <summary>True when items of this type are exported.</summary>
    public bool Includes(string contentType) => ContentTypes.Contains(contentType);

    /// <summary>Appends a step (it must have a "name") with a line for the admin's summary.</summary>
    public void AddStep(JsonObject step, string summaryLine)
    {
        if (step["name"] is null)
        {
            throw new ArgumentException("An exported step needs a \"name\".", nameof(step));
        }

        steps.Add(step);
        summary.Add($"{step["name"]}: {summaryLine}");
    }

    /// <summary>
    /// Takes a file along with the recipe and returns its entry for a <c>media</c>-shaped step:
    /// <c>{"TargetPath", "SourcePath"}</c> with the file written beside the recipe, or <c>{"TargetPath", "Base64"}</c>.
    /// </summary>
    public async Task<JsonObject> AddFileAsync(string targetPath, Func<Stream> open, CancellationToken cancellationToken = default)
    {
        var target = RecipeFileEntries.NormalizeTargetPath(targetPath)
            ?? throw new ArgumentException($"'{targetPath}' is not a relative path.", nameof(targetPath));
        if (Options.Files == RecipeExportFileMode.Base64)
        {
            await using var stream = open();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            return new JsonObject { ["TargetPath"] = target, ["Base64"] = Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length) };
        }

        var relative = $"{Options.FilesFolder.Trim('/')}/{target}";
        if (filePaths.Add(relative))
        {
            files.Add(new RecipeExportFile(relative, open));
        }

        return new JsonObject { ["TargetPath"] = target, ["SourcePath"] = relative };
    }
}
