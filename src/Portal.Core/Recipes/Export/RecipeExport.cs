using System.Text.Json.Nodes;

namespace Portal.Core.Recipes.Export;

/// <summary>An exported site: the recipe in Orchard Core's format, the files that go beside it, and a summary for the admin.</summary>
public sealed class RecipeExport(JsonObject recipe, IReadOnlyList<RecipeExportFile> files, IReadOnlyList<string> summary)
{
    public JsonObject Recipe { get; } = recipe;

    /// <summary>Empty when files are embedded as Base64 or there are none.</summary>
    public IReadOnlyList<RecipeExportFile> Files { get; } = files;

    /// <summary>One line per step: "content: 44 nội dung (45 phiên bản)".</summary>
    public IReadOnlyList<string> Summary { get; } = summary;
}
