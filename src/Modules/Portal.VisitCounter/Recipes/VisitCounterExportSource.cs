using System.Text.Json.Nodes;
using Portal.Core.Recipes.Export;
using Portal.Core.Text;
using Portal.VisitCounter.Services;

namespace Portal.VisitCounter.Recipes;

/// <summary>
/// Exports the counter as its <c>VisitCounter</c> step: the starting total and everything counted since (days, items),
/// so a new site shows the same "Đã truy cập", statistics and most read, and an import back into this site changes
/// nothing. Only a whole-site export has it: the step sets the starting total, and an export of a few content types
/// merged into a live site must not reset that site's counter.
/// </summary>
public sealed class VisitCounterExportSource(VisitStore store) : IRecipeExportSource
{
    public int Order => RecipeExportOrder.Modules;

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        if (context.Options.ContentTypes is { Count: > 0 })
        {
            return;
        }

        var state = await store.ReadStateAsync(cancellationToken);
        var history = await store.ReadHistoryAsync(cancellationToken);
        var step = new JsonObject
        {
            ["name"] = "VisitCounter",
            [VisitCounterStep.StartingTotalKey] = state.StartingTotal,
            [VisitCounterStep.OnlineWindowMinutesKey] = state.OnlineWindowMinutes,
        };
        VisitHistoryJson.Write(step, history);
        context.AddStep(step, $"tổng lượt truy cập {VietnameseDates.FormatNumber(state.StartingTotal + history.Visitors)} "
            + $"({VietnameseDates.FormatNumber(history.Days.Count)} ngày đã đếm), đang online tính trong {state.OnlineWindowMinutes} phút");
    }
}
