using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Portal.Core.Changes;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Data;
using Portal.Core.Json;

namespace Portal.Core.Recipes;

/// <summary>
/// Runs a recipe: finds a handler for every step, evaluates expressions, validates every step, then applies
/// all of them in one transaction. Any error anywhere leaves the database exactly as it was.
/// </summary>
public sealed class RecipeExecutor(
    PortalDbContext db,
    IEnumerable<IRecipeStep> handlers,
    ContentDefinitionManager definitions,
    IContentManager contentManager,
    PendingChanges changes,
    IConfiguration configuration,
    ILogger<RecipeExecutor> logger)
{
    private readonly Dictionary<string, IRecipeStep> byName =
        handlers.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of the steps this build can apply.</summary>
    public IEnumerable<string> SupportedSteps => byName.Keys.Order(StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs the recipe and reports; never throws for a bad recipe (the report holds the errors).</summary>
    public async Task<RecipeReport> RunAsync(RecipeDocument recipe, RecipeRunOptions options, RecipeHooks? hooks = null, CancellationToken cancellationToken = default)
    {
        var report = new RecipeReport { RecipeName = recipe.DisplayName, DryRun = options.DryRun };
        var scripts = new RecipeScripts(recipe, options.Parameters, configuration);
        var plan = new RecipePlan((await definitions.GetAsync()).Clone());
        var afterCommit = new List<Func<Task>>();
        var contexts = new List<(IRecipeStep Handler, RecipeStepContext Context)>();

        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var number = i + 1;
            if (recipe.Steps[i] is not JsonObject step || step.GetString("name") is not { } name)
            {
                report.Errors.Add(new RecipeError(number, null, $"steps[{i}]", "Mỗi bước phải là một đối tượng có \"name\"."));
                continue;
            }

            var stepReport = new RecipeStepReport(number, name);
            report.Steps.Add(stepReport);
            if (!byName.TryGetValue(name, out var handler))
            {
                stepReport.Status = options.SkipUnsupported ? RecipeStepStatus.SkippedUnsupported : RecipeStepStatus.Unsupported;
                continue;
            }

            var resolved = RecipeExpressionResolver.Resolve(step, scripts, new RecipeStepContextInfo(number, name), report, lenientFiles: options.SkipUnsupported);
            contexts.Add((handler, new RecipeStepContext(recipe, options, number, name, resolved, plan, report, stepReport, db, afterCommit)));
        }

        var unsupported = report.Steps.Where(s => s.Status == RecipeStepStatus.Unsupported).ToList();
        if (unsupported.Count > 0)
        {
            report.Errors.Insert(0, new RecipeError(null, null, "steps",
                $"Các bước không được hỗ trợ: {string.Join(", ", unsupported.Select(s => $"{s.Name} (bước {s.Number})"))}. " +
                "Chọn \"bỏ qua các bước không hỗ trợ\" (--skip-unsupported) để nhập phần còn lại."));
        }

        foreach (var (handler, context) in contexts)
        {
            await handler.ValidateAsync(context);
        }

        if (report.Errors.Count > 0)
        {
            return report;
        }

        await ApplyAsync(contexts, report, options, hooks, afterCommit, cancellationToken);
        return report;
    }

    private async Task ApplyAsync(List<(IRecipeStep Handler, RecipeStepContext Context)> contexts, RecipeReport report, RecipeRunOptions options,
        RecipeHooks? hooks, List<Func<Task>> afterCommit, CancellationToken cancellationToken)
    {
        RecipeStepContext? current = null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (hooks?.BeforeApply is { } beforeApply && !await beforeApply())
            {
                await transaction.RollbackAsync(cancellationToken);
                report.Succeeded = true;
                return;
            }

            foreach (var (handler, context) in contexts)
            {
                current = context;
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await handler.ApplyAsync(context);
                await contentManager.FlushAsync(cancellationToken);
                logger.LogInformation("Recipe {Recipe}: step {Number} ({Step}) applied in {Elapsed}",
                    report.RecipeName, context.Number, context.Name, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }

            current = null;
            if (hooks?.BeforeCommit is { } beforeCommit)
            {
                await beforeCommit();
                await db.SaveChangesAsync(cancellationToken);
            }

            if (report.Errors.Count > 0 || options.DryRun)
            {
                await RollbackAsync(transaction);
                report.Succeeded = report.Errors.Count == 0;
                return;
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RollbackAsync(transaction);
            var message = ex is ContentValidationException or ContentConcurrencyException or RecipeException or InvalidOperationException
                ? ex.Message
                : $"Lỗi không mong đợi: {ex.Message}";
            if (ex is not ContentValidationException and not RecipeException)
            {
                logger.LogError(ex, "Recipe {Recipe} failed at step {Step}", report.RecipeName, current?.Number);
            }

            report.Errors.Add(new RecipeError(current?.Number, current?.Name, current?.Path ?? "", message));
            return;
        }

        foreach (var context in contexts.Select(c => c.Context))
        {
            context.StepReport.Status = RecipeStepStatus.Applied;
        }

        report.Succeeded = true;
        await changes.PublishAsync(cancellationToken);
        foreach (var action in afterCommit)
        {
            await action();
        }
    }

    private async Task RollbackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        await transaction.RollbackAsync();
        db.ChangeTracker.Clear();
        changes.Discard();
    }
}
