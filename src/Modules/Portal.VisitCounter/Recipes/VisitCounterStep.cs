using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Core.Text;
using Portal.VisitCounter.Data;
using Portal.VisitCounter.Models;
using Portal.VisitCounter.Services;

namespace Portal.VisitCounter.Recipes;

/// <summary>
/// <c>{"name": "VisitCounter", "StartingTotal": 58716, "OnlineWindowMinutes": 5}</c>: the total carried over
/// from the old site and the "Đang online" window, set (never added). A whole-site export adds what this site has
/// counted (<see cref="VisitHistoryJson"/>), which raises each day's and item's count to at least the exported one:
/// importing a recipe twice, or an export into the site it came from, changes nothing.
/// </summary>
public sealed class VisitCounterStep(PortalContextFactory<VisitCounterDbContext> contexts) : IRecipeStep
{
    public const string StartingTotalKey = "StartingTotal";
    public const string OnlineWindowMinutesKey = "OnlineWindowMinutes";
    public const int MaxOnlineWindowMinutes = 1440;

    private static readonly string[] Keys = ["name", StartingTotalKey, OnlineWindowMinutesKey, VisitHistoryJson.DaysKey, VisitHistoryJson.ItemsKey];

    public string Name => "VisitCounter";

    public Task ValidateAsync(RecipeStepContext context)
    {
        var (total, window) = Read(context, reportErrors: true);
        if (total is not null)
        {
            context.StepReport.Details.Add($"tổng lượt truy cập ban đầu: {VietnameseDates.FormatNumber(total.Value)}");
        }

        if (window is not null)
        {
            context.StepReport.Details.Add($"đang online: khách trong {window} phút gần nhất");
        }

        var history = VisitHistoryJson.Read(context, reportErrors: true);
        if (!history.IsEmpty)
        {
            context.StepReport.Details.Add($"số liệu đã đếm: {VietnameseDates.FormatNumber(history.Days.Count)} ngày "
                + $"({VietnameseDates.FormatNumber(history.Visitors)} lượt truy cập), lượt xem của {VietnameseDates.FormatNumber(history.Items.Count)} nội dung");
        }

        foreach (var (key, _) in context.Step.Where(p => !Keys.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
        {
            context.AddWarning($"thuộc tính '{key}' không được dùng (chỉ có {string.Join(", ", Keys[1..])}).");
        }

        return Task.CompletedTask;
    }

    public async Task ApplyAsync(RecipeStepContext context)
    {
        var (total, window) = Read(context, reportErrors: false);
        await using var db = contexts.CreateJoined(context.Db);
        await VisitStore.InsertStateIfMissingAsync(db, CancellationToken.None);
        var state = await db.State.SingleAsync(s => s.Id == VisitCounterStateRecord.SingletonId);
        state.StartingTotal = total ?? state.StartingTotal;
        state.OnlineWindowMinutes = (int?)window ?? state.OnlineWindowMinutes;
        await db.SaveChangesAsync();
        await VisitStore.RaiseHistoryAsync(db, VisitHistoryJson.Read(context, reportErrors: false), CancellationToken.None);
    }

    private static (long? Total, long? Window) Read(RecipeStepContext context, bool reportErrors)
    {
        long? total = null, window = null;
        if (context.Get(StartingTotalKey) is { } totalNode)
        {
            if (StepValues.WholeNumber(totalNode) is >= 0 and var value)
            {
                total = value;
            }
            else if (reportErrors)
            {
                context.AddError(StartingTotalKey, $"{StartingTotalKey} phải là số nguyên không âm (ví dụ: 58716); giá trị đang là {StepValues.Describe(totalNode)}.");
            }
        }

        if (context.Get(OnlineWindowMinutesKey) is { } windowNode)
        {
            if (StepValues.WholeNumber(windowNode) is >= 1 and <= MaxOnlineWindowMinutes and var value)
            {
                window = value;
            }
            else if (reportErrors)
            {
                context.AddError(OnlineWindowMinutesKey,
                    $"{OnlineWindowMinutesKey} phải là số nguyên phút từ 1 đến {MaxOnlineWindowMinutes} (ví dụ: 5); giá trị đang là {StepValues.Describe(windowNode)}.");
            }
        }

        return (total, window);
    }
}
