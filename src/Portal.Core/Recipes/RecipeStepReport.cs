namespace Portal.Core.Recipes;

/// <summary>One step's line in the import report, with what it did or would do.</summary>
public sealed class RecipeStepReport(int number, string name)
{
    public int Number { get; } = number;
    public string Name { get; } = name;
    public RecipeStepStatus Status { get; set; } = RecipeStepStatus.Planned;

    /// <summary>Human lines: "tạo loại nội dung Article", "12 nội dung mới"...</summary>
    public List<string> Details { get; } = [];
}
