using System.Text.Json.Nodes;
using Portal.Core.Data;
using Portal.Core.Json;

namespace Portal.Core.Recipes;

/// <summary>One step of a running recipe: its resolved JSON, where it is, and where to put errors and results.</summary>
public sealed class RecipeStepContext(
    RecipeDocument recipe, RecipeRunOptions options, int number, string name, JsonObject step,
    RecipePlan plan, RecipeReport report, RecipeStepReport stepReport, PortalDbContext db, List<Func<Task>> afterCommit)
{
    public RecipeDocument Recipe { get; } = recipe;
    public RecipeRunOptions Options { get; } = options;

    /// <summary>The step number, from 1, as admins count.</summary>
    public int Number { get; } = number;
    public string Name { get; } = name;

    /// <summary>The step with every expression already evaluated.</summary>
    public JsonObject Step { get; } = step;
    public RecipePlan Plan { get; } = plan;
    public RecipeReport Report { get; } = report;
    public RecipeStepReport StepReport { get; } = stepReport;

    /// <summary>The import's context; its transaction covers every step.</summary>
    public PortalDbContext Db { get; } = db;

    /// <summary>The JSON path of this step, e.g. <c>steps[3]</c>.</summary>
    public string Path => $"steps[{Number - 1}]";

    /// <summary>A property of the step, ignoring case.</summary>
    public JsonNode? Get(string name) => Step.GetIgnoreCase(name);

    public void AddError(string relativePath, string message) =>
        Report.Errors.Add(new RecipeError(Number, Name, string.IsNullOrEmpty(relativePath) ? Path : $"{Path}.{relativePath}", message));

    public void AddWarning(string message) => Report.Warnings.Add($"Bước {Number} ({Name}): {message}");

    /// <summary>Work that must wait for the commit (files written to disk); skipped on rollback and in a dry run.</summary>
    public void AfterCommit(Func<Task> action) => afterCommit.Add(action);
}
