using System.Text.Json.Nodes;
using Portal.Core.Recipes.Export;
using Portal.Core.Text;
using Portal.VisitCounter.Services;

namespace Portal.VisitCounter.Recipes;

/// <summary>
/// Exports the counter as its <c>VisitCounter</c> step: the starting total of the new site is this site's total now, so
/// "Đã truy cập" carries over. Only a whole-site export has it: the step sets the total, and an export of a few content
/// types merged into a live site must not reset that site's counter.
/// </summary>
public sealed class VisitCounterExportSource(VisitStore store, TimeProvider clock) : IRecipeExportSource
{
    public int Order => RecipeExportOrder.Modules;

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        if (context.Options.ContentTypes is { Count: > 0 })
        {
            return;
        }

        var counts = await store.ReadCountsAsync(clock.GetUtcNow(), cancellationToken);
        var state = await store.ReadStateAsync(cancellationToken);
        context.AddStep(new JsonObject
        {
            ["name"] = "VisitCounter",
            [VisitCounterStep.StartingTotalKey] = counts.Total,
            [VisitCounterStep.OnlineWindowMinutesKey] = state.OnlineWindowMinutes,
        }, $"tổng lượt truy cập {VietnameseDates.FormatNumber(counts.Total)}, đang online tính trong {state.OnlineWindowMinutes} phút");
    }
}
