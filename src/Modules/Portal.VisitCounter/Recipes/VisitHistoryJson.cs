using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Core.Json;
using Portal.Core.Recipes;
using Portal.VisitCounter.Models;

namespace Portal.VisitCounter.Recipes;

/// <summary>
/// The history in a <c>VisitCounter</c> step:
/// <c>"Days": [{"Day": "2026-11-27", "Visitors": 40, "PageViews": 2000, "Items": {"&lt;ContentItemId&gt;": 12}}],
/// "Items": {"&lt;ContentItemId&gt;": 130}</c> (a missing count is 0).
/// </summary>
internal static class VisitHistoryJson
{
    public const string DaysKey = "Days";
    public const string ItemsKey = "Items";

    /// <summary>Longest item id the tables take.</summary>
    private const int MaxIdLength = 64;

    public static void Write(JsonObject step, VisitHistory history)
    {
        var totals = history.Days.ToDictionary(d => d.Day);
        var itemsByDay = history.ItemDays.ToLookup(v => v.Day);
        step[DaysKey] = new JsonArray(totals.Keys.Union(itemsByDay.Select(g => g.Key)).Order().Select(day => (JsonNode)new JsonObject
        {
            ["Day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Visitors"] = totals.GetValueOrDefault(day)?.Visitors ?? 0,
            ["PageViews"] = totals.GetValueOrDefault(day)?.PageViews ?? 0,
            [ItemsKey] = Views(itemsByDay[day].Select(v => (v.ContentItemId, v.Views))),
        }).ToArray());
        step[ItemsKey] = Views(history.Items.Select(i => (i.ContentItemId, i.Views)));
    }

    /// <summary>The history the step carries (empty when it has none); what is wrong is reported with its place when asked.</summary>
    public static VisitHistory Read(RecipeStepContext context, bool reportErrors)
    {
        void Error(string path, string message)
        {
            if (reportErrors)
            {
                context.AddError(path, message);
            }
        }

        var days = new List<DailyTotalRecord>();
        var seen = new HashSet<DateOnly>();
        var itemDays = new List<ItemDailyViewRecord>();
        switch (context.Get(DaysKey))
        {
            case null:
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    ReadDay(array[i], $"{DaysKey}[{i}]", seen, days, itemDays, Error);
                }

                break;
            case var other:
                Error(DaysKey, $"{DaysKey} phải là danh sách các ngày, ví dụ [{{\"Day\": \"2026-11-27\", \"Visitors\": 40, \"PageViews\": 120}}]; giá trị đang là {StepValues.Describe(other)}.");
                break;
        }

        var items = ReadViews(context.Get(ItemsKey), ItemsKey, Error).Select(v => new ItemViewRecord { ContentItemId = v.Id, Views = v.Views }).ToList();
        return new VisitHistory(days, itemDays, items);
    }

    private static void ReadDay(JsonNode? node, string path, HashSet<DateOnly> seen, List<DailyTotalRecord> days, List<ItemDailyViewRecord> itemDays, Action<string, string> error)
    {
        if (node is not JsonObject json)
        {
            error(path, $"mỗi ngày phải là một đối tượng {{\"Day\": ..., \"Visitors\": ..., \"PageViews\": ...}}; giá trị đang là {StepValues.Describe(node)}.");
            return;
        }

        var dayNode = json.GetIgnoreCase("Day");
        if (StepValues.Day(dayNode) is not { } day)
        {
            error($"{path}.Day", $"Day phải là một ngày dạng năm-tháng-ngày (ví dụ: 2026-11-27); giá trị đang là {StepValues.Describe(dayNode)}.");
            return;
        }

        if (!seen.Add(day))
        {
            error($"{path}.Day", $"ngày {StepValues.Describe(dayNode)} đã có ở trên: mỗi ngày chỉ được ghi một lần.");
            return;
        }

        days.Add(new DailyTotalRecord { Day = day, Visitors = ReadCount(json, "Visitors", path, error), PageViews = ReadCount(json, "PageViews", path, error) });
        itemDays.AddRange(ReadViews(json.GetIgnoreCase(ItemsKey), $"{path}.{ItemsKey}", error)
            .Select(v => new ItemDailyViewRecord { Day = day, ContentItemId = v.Id, Views = v.Views }));
    }

    private static long ReadCount(JsonObject json, string key, string path, Action<string, string> error)
    {
        var node = json.GetIgnoreCase(key);
        if (node is null)
        {
            return 0;
        }

        if (StepValues.WholeNumber(node) is >= 0 and var count)
        {
            return count;
        }

        error($"{path}.{key}", $"{key} phải là số nguyên không âm; giá trị đang là {StepValues.Describe(node)}.");
        return 0;
    }

    /// <summary><c>{"&lt;ContentItemId&gt;": views}</c>.</summary>
    private static IEnumerable<(string Id, long Views)> ReadViews(JsonNode? node, string path, Action<string, string> error)
    {
        if (node is null)
        {
            yield break;
        }

        if (node is not JsonObject views)
        {
            error(path, $"{path} phải là một đối tượng {{\"<mã nội dung>\": số lượt xem}}; giá trị đang là {StepValues.Describe(node)}.");
            yield break;
        }

        foreach (var (id, value) in views)
        {
            if (id.Length is 0 or > MaxIdLength)
            {
                error(path, $"mã nội dung \"{id}\" không hợp lệ (1 đến {MaxIdLength} ký tự).");
            }
            else if (StepValues.WholeNumber(value) is >= 0 and var count)
            {
                yield return (id, count);
            }
            else
            {
                error($"{path}.{id}", $"số lượt xem phải là số nguyên không âm; giá trị đang là {StepValues.Describe(value)}.");
            }
        }
    }

    private static JsonObject Views(IEnumerable<(string Id, long Views)> views) =>
        new(views.OrderBy(v => v.Id, StringComparer.Ordinal).Select(v => KeyValuePair.Create(v.Id, (JsonNode?)v.Views)));
}
