using System.Text.Json.Nodes;
using Portal.Core.Content;
using Portal.Core.Json;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>content</c> step: <c>{"name": "content", "data": [items]}</c>. Versions are matched by
/// ContentItemVersionId, then by ContentItemId; an item equal to the stored one is left alone, so importing
/// the same recipe twice changes nothing.
/// </summary>
public sealed class ContentStep(IContentManager contentManager) : IRecipeStep
{
    /// <summary>Items saved per round trip in a long import.</summary>
    private const int BatchSize = 200;

    public string Name => "content";

    public Task ValidateAsync(RecipeStepContext context)
    {
        if (context.Get("data") is not JsonArray data)
        {
            context.AddError("data", "Bước content cần danh sách \"data\" các nội dung.");
            return Task.CompletedTask;
        }

        // Items per type: an export names an item twice when a draft sits on its published version.
        var itemsByType = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var versionsOfKnownTypes = 0;
        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject item)
            {
                context.AddError($"data[{i}]", "Mỗi nội dung phải là một đối tượng JSON.");
                continue;
            }

            var type = item.GetString("ContentType");
            if (type is null)
            {
                context.AddError($"data[{i}].ContentType", "Thiếu ContentType.");
            }
            else if (context.Plan.Definitions.Type(type) is null)
            {
                context.AddError($"data[{i}].ContentType", $"Loại nội dung '{type}' chưa được định nghĩa (trong cơ sở dữ liệu hay ở một bước ContentDefinition trước đó).");
            }
            else
            {
                var canonical = context.Plan.Definitions.Type(type)!.Name;
                if (!itemsByType.TryGetValue(canonical, out var ids))
                {
                    ids = new HashSet<string>(StringComparer.Ordinal);
                    itemsByType[canonical] = ids;
                }

                ids.Add(item.GetString("ContentItemId") is { Length: > 0 } id ? id : $"#{i}");
                versionsOfKnownTypes++;
            }
        }

        var items = itemsByType.Values.Sum(ids => ids.Count);
        // Only what can be counted: an item in error (its error says why) is neither an item nor a version here.
        var versions = items == versionsOfKnownTypes ? "" : $" ({versionsOfKnownTypes} phiên bản)";
        var types = itemsByType.Count == 0 ? "" : ": " + string.Join(", ", itemsByType.Select(t => $"{t.Value.Count} {t.Key}"));
        context.StepReport.Details.Add($"{items} nội dung{versions}{types}");
        return Task.CompletedTask;
    }

    public async Task ApplyAsync(RecipeStepContext context)
    {
        var data = (JsonArray)context.Get("data")!;
        // Per item, not per version: a published version and the draft on top of it are one item.
        var outcomes = new Dictionary<string, (string Type, ImportOutcome Outcome)>(StringComparer.Ordinal);
        for (var i = 0; i < data.Count; i++)
        {
            var json = (JsonObject)data[i]!;
            var item = ContentJson.FromJson(json);
            var published = Flag(json, "Published");
            var latest = Flag(json, "Latest");
            // An item that names neither flag is meant to be live, as in Orchard Core's own recipes.
            if (published is null && latest is null)
            {
                published = latest = true;
            }

            try
            {
                var outcome = await contentManager.ImportAsync(item, published ?? false, latest ?? published ?? false);
                outcomes[item.ContentItemId] = outcomes.TryGetValue(item.ContentItemId, out var earlier)
                    ? (item.ContentType, Combine(earlier.Outcome, outcome))
                    : (item.ContentType, outcome);
            }
            catch (ContentValidationException ex)
            {
                context.AddError($"data[{i}]", $"{item.ContentType} '{item.DisplayText}': {ex.Message}");
            }

            if ((i + 1) % BatchSize == 0)
            {
                await contentManager.FlushAsync();
            }
        }

        foreach (var (type, outcome) in outcomes.Values)
        {
            context.Report.CountItem(type, outcome);
        }

        var counts = outcomes.Values.GroupBy(o => o.Outcome).ToDictionary(g => g.Key, g => g.Count());
        context.StepReport.Details.Add($"tạo mới {counts.GetValueOrDefault(ImportOutcome.Created)}, " +
            $"cập nhật {counts.GetValueOrDefault(ImportOutcome.Updated)}, giữ nguyên {counts.GetValueOrDefault(ImportOutcome.Unchanged)}");
    }

    /// <summary>An item created by its first version stays created; any change makes it updated.</summary>
    private static ImportOutcome Combine(ImportOutcome first, ImportOutcome next) =>
        first == ImportOutcome.Created ? ImportOutcome.Created
        : first == ImportOutcome.Updated || next != ImportOutcome.Unchanged ? ImportOutcome.Updated
        : ImportOutcome.Unchanged;

    private static bool? Flag(JsonObject json, string name) => json.GetIgnoreCase(name) switch
    {
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when bool.TryParse(value.ToString(), out var parsed) => parsed,
        _ => null,
    };
}
