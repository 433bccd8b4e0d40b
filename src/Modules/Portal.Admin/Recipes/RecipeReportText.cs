using Portal.Core.Recipes;

namespace Portal.Admin.Recipes;

/// <summary>The words the recipe pages use for a report (the command line says the same in its own writer).</summary>
public static class RecipeReportText
{
    public static string Status(RecipeStepStatus status, RecipeReport report) => status switch
    {
        RecipeStepStatus.Applied => "đã áp dụng",
        RecipeStepStatus.Planned => WillApply(report) ? "sẽ áp dụng" : "chưa áp dụng",
        RecipeStepStatus.SkippedUnsupported => "không hỗ trợ, bỏ qua",
        _ => "không hỗ trợ",
    };

    /// <summary>The css class of the status tag: green only for what is or will be applied.</summary>
    public static string StatusClass(RecipeStepStatus status, RecipeReport report) => status switch
    {
        RecipeStepStatus.Applied => "tag tag-ok",
        RecipeStepStatus.Planned => WillApply(report) ? "tag tag-ok" : "tag",
        RecipeStepStatus.SkippedUnsupported => "tag tag-draft",
        _ => "tag tag-error",
    };

    /// <summary>A planned step will be applied on confirmation only when the plan found no error.</summary>
    private static bool WillApply(RecipeReport report) => report.DryRun && report.Errors.Count == 0;

    /// <summary>Where an error is, as admins count: "Bước 3 (content), steps[2].data[0]", or "" for the whole file.</summary>
    public static string Where(RecipeError error)
    {
        var parts = new List<string>();
        if (error.StepNumber is not null)
        {
            parts.Add($"Bước {error.StepNumber} ({error.StepName})");
        }

        if (!string.IsNullOrEmpty(error.Path))
        {
            parts.Add(error.Path);
        }

        if (error.Line is not null)
        {
            parts.Add($"dòng {error.Line}, cột {error.Column}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>The names of the types or parts a report creates or changes.</summary>
    public static IReadOnlyList<string> Names(RecipeReport report, RecipeDefinitionKind kind, RecipeChangeKind change) =>
        report.Definitions.Where(d => d.Kind == kind && d.Change == change).Select(d => d.Name).Distinct(StringComparer.Ordinal).ToList();
}
