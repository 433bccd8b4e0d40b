namespace Portal.Tests.Infrastructure;

/// <summary>Where the repository's recipes and the shared Orchard Core fixtures are.</summary>
public static class TestPaths
{
    /// <summary>The repository root (the folder holding Portal.sln).</summary>
    public static string Root { get; } = FindRoot();

    public static string Recipe(string name) => Path.Combine(Root, "recipes", name);

    /// <summary>A real Orchard Core recipe (copied unchanged into <c>tests/Portal.Tests/Fixtures/orchard</c>).</summary>
    public static string OrchardFixture(string name) => Path.Combine(Root, "tests", "Portal.Tests", "Fixtures", "orchard", name);

    /// <summary>A recipe written by a test into its own temporary folder.</summary>
    public static string WriteRecipe(string folder, string json, string name = "test.recipe.json")
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
