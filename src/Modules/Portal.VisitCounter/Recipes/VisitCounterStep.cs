using System.Globalization;
using System.Text.Json;
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
/// from the old site and the "Đang online" window. Sets (never adds), so importing the recipe twice changes nothing.
/// </summary>
public sealed class VisitCounterStep(PortalContextFactory<VisitCounterDbContext> contexts) : IRecipeStep
{
    public const string StartingTotalKey = "StartingTotal";
    public const string OnlineWindowMinutesKey = "OnlineWindowMinutes";
    public const int MaxOnlineWindowMinutes = 1440;

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

        foreach (var (key, _) in context.Step)
        {
            if (!key.Equals("name", StringComparison.OrdinalIgnoreCase)
                && !key.Equals(StartingTotalKey, StringComparison.OrdinalIgnoreCase)
                && !key.Equals(OnlineWindowMinutesKey, StringComparison.OrdinalIgnoreCase))
            {
                context.AddWarning($"thuộc tính '{key}' không được dùng (chỉ có {StartingTotalKey} và {OnlineWindowMinutesKey}).");
            }
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
    }

    private static (long? Total, long? Window) Read(RecipeStepContext context, bool reportErrors)
    {
        long? total = null, window = null;
        if (context.Get(StartingTotalKey) is { } totalNode)
        {
            if (ReadWholeNumber(totalNode) is >= 0 and var value)
            {
                total = value;
            }
            else if (reportErrors)
            {
                context.AddError(StartingTotalKey, $"{StartingTotalKey} phải là số nguyên không âm (ví dụ: 58716); giá trị đang là {Describe(totalNode)}.");
            }
        }

        if (context.Get(OnlineWindowMinutesKey) is { } windowNode)
        {
            if (ReadWholeNumber(windowNode) is >= 1 and <= MaxOnlineWindowMinutes and var value)
            {
                window = value;
            }
            else if (reportErrors)
            {
                context.AddError(OnlineWindowMinutesKey,
                    $"{OnlineWindowMinutesKey} phải là số nguyên phút từ 1 đến {MaxOnlineWindowMinutes} (ví dụ: 5); giá trị đang là {Describe(windowNode)}.");
            }
        }

        return (total, window);
    }

    /// <summary>The value as the admin wrote it: text in quotes with its accents (not JSON escapes), anything else as JSON.</summary>
    private static string Describe(JsonNode node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? $"\"{text}\"" : node.ToJsonString();

    /// <summary>A whole number written as a JSON number or as digits in a string (what an expression yields); otherwise null.</summary>
    private static long? ReadWholeNumber(JsonNode node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        if (value.GetValueKind() == JsonValueKind.Number)
        {
            return value.TryGetValue<long>(out var number) ? number
                : value.TryGetValue<decimal>(out var dec) && dec == decimal.Truncate(dec) && dec is >= long.MinValue and <= long.MaxValue ? (long)dec
                : null;
        }

        return value.TryGetValue<string>(out var text) && long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null;
    }
}
