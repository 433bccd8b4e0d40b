using System.Text.Json.Nodes;
using Portal.Core.Content.Definitions;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// Merges an incoming type or part into the plan's copy of the definitions and says what that changes, so the
/// dry run can tell "created", "changed (what)" and "as it is" apart, and a second import reports no change.
/// </summary>
internal static class DefinitionPlanner
{
    public static RecipeDefinitionChange PlanType(ContentDefinitionDocument plan, ContentTypeDefinition incoming)
    {
        var existing = plan.Type(incoming.Name);
        var before = existing is null ? null : ContentDefinitionJson.WriteType(existing).ToJsonString();
        var added = incoming.Parts.Where(p => existing?.Part(p.Name) is null).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        plan.MergeType(incoming);
        if (before is null)
        {
            return new RecipeDefinitionChange(RecipeDefinitionKind.Type, incoming.Name, RecipeChangeKind.Created, added, false);
        }

        var after = ContentDefinitionJson.WriteType(plan.Type(incoming.Name)!).ToJsonString();
        return Change(RecipeDefinitionKind.Type, existing!.Name, before, after, added);
    }

    public static RecipeDefinitionChange PlanPart(ContentDefinitionDocument plan, ContentPartDefinition incoming)
    {
        var existing = plan.Part(incoming.Name);
        var before = existing is null ? null : ContentDefinitionJson.WritePart(existing).ToJsonString();
        var added = incoming.Fields
            .Where(f => existing?.Fields.Any(e => string.Equals(e.Name, f.Name, StringComparison.OrdinalIgnoreCase)) != true)
            .Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
        plan.MergePart(incoming);
        if (before is null)
        {
            return new RecipeDefinitionChange(RecipeDefinitionKind.Part, incoming.Name, RecipeChangeKind.Created, added, false);
        }

        var after = ContentDefinitionJson.WritePart(plan.Part(incoming.Name)!).ToJsonString();
        return Change(RecipeDefinitionKind.Part, existing!.Name, before, after, added);
    }

    /// <summary>One line of the plan: "tạo loại Article (TitlePart, ...)", "cập nhật phần Article: thêm trường Image", "giữ nguyên loại Page".</summary>
    public static string Describe(RecipeDefinitionChange change)
    {
        var noun = change.Kind == RecipeDefinitionKind.Type ? "loại" : "phần";
        var members = change.Kind == RecipeDefinitionKind.Type ? "phần" : "trường";
        return change.Change switch
        {
            RecipeChangeKind.Created => change.Added.Count == 0
                ? $"tạo {noun} {change.Name}"
                : $"tạo {noun} {change.Name} ({string.Join(", ", change.Added)})",
            RecipeChangeKind.Changed => $"cập nhật {noun} {change.Name}: " + string.Join("; ", new[]
            {
                change.Added.Count > 0 ? $"thêm {members} {string.Join(", ", change.Added)}" : null,
                change.SettingsChanged ? "đổi cài đặt" : null,
            }.OfType<string>()),
            _ => $"giữ nguyên {noun} {change.Name}",
        };
    }

    private static RecipeDefinitionChange Change(RecipeDefinitionKind kind, string name, string before, string after, List<string> added)
    {
        if (before == after)
        {
            return new RecipeDefinitionChange(kind, name, RecipeChangeKind.Unchanged, [], false);
        }

        // Whatever changed besides the added members is a change of settings (merged, never removed).
        return new RecipeDefinitionChange(kind, name, RecipeChangeKind.Changed, added, SettingsChanged(kind, before, after, added));
    }

    private static bool SettingsChanged(RecipeDefinitionKind kind, string before, string after, List<string> added)
    {
        if (added.Count == 0)
        {
            return true;
        }

        // Remove the added members from the result and compare what is left with what was there.
        var json = JsonNode.Parse(after)!.AsObject();
        var listName = kind == RecipeDefinitionKind.Type ? "ContentTypePartDefinitionRecords" : "ContentPartFieldDefinitionRecords";
        if (json[listName] is JsonArray list)
        {
            foreach (var member in list.OfType<JsonObject>().Where(m => added.Contains(m["Name"]?.ToString() ?? "")).ToList())
            {
                list.Remove(member);
            }
        }

        return json.ToJsonString() != before;
    }
}
