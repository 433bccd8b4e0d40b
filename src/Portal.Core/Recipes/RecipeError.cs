namespace Portal.Core.Recipes;

/// <summary>
/// One problem found in a recipe: where (step number from 1, step name, JSON path) and what, in words an
/// admin can act on. Line and column are set for malformed JSON.
/// </summary>
public sealed record RecipeError(int? StepNumber, string? StepName, string Path, string Message, long? Line = null, long? Column = null)
{
    public override string ToString()
    {
        var where = new List<string>();
        if (StepNumber is not null)
        {
            where.Add($"bước {StepNumber} ({StepName})");
        }

        if (!string.IsNullOrEmpty(Path))
        {
            where.Add(Path);
        }

        if (Line is not null)
        {
            where.Add($"dòng {Line}, cột {Column}");
        }

        return where.Count == 0 ? Message : $"{string.Join(", ", where)}: {Message}";
    }
}
