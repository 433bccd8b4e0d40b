using System.Text.Json.Nodes;
using Portal.Core.Json;

namespace Portal.Core.Recipes;

/// <summary>A parsed recipe in Orchard Core's format. <see cref="BaseDirectory"/> is where <c>[file: ...]</c> paths start.</summary>
public sealed class RecipeDocument(JsonObject json, string? baseDirectory, string? fileName)
{
    public JsonObject Json { get; } = json;

    /// <summary>The folder of the recipe file; null for an uploaded recipe, which may not read files.</summary>
    public string? BaseDirectory { get; } = baseDirectory;

    public string? FileName { get; } = fileName;

    public string Name => Json.GetString("name") ?? Path.GetFileNameWithoutExtension(FileName) ?? "";

    public string DisplayName => Json.GetString("displayName") ?? Name;

    public string? Description => Json.GetString("description");

    public string? Version => Json.GetString("version");

    public bool IsSetupRecipe => Json.GetIgnoreCase("issetuprecipe") is JsonValue v && v.ToString().Equals("true", StringComparison.OrdinalIgnoreCase);

    public JsonObject Variables => Json.GetIgnoreCase("variables") as JsonObject ?? [];

    public JsonArray Steps => Json.GetIgnoreCase("steps") as JsonArray ?? [];
}
