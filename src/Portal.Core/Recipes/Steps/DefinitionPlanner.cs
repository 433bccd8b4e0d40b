using System.Text.Json.Nodes;
using Portal.Core.Content.Definitions;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// Merges (or, for ReplaceContentDefinition, puts) an incoming type or part into the plan's copy of the definitions
/// and says what that changes, so the dry run can tell "created", "changed (what)" and "as it is" apart, and a second
/// import reports no change.
/// </summary>
internal static class DefinitionPlanner
{
    public static RecipeDefinitionChange PlanType(ContentDefinitionDocument plan, ContentTypeDefinition incoming, bool replace = false)
    {
        var existing = plan.Type(incoming.Name);
        var before = existing is null ? null : ContentDefinitionJson.WriteType(existing).ToJsonString();
        var added = incoming.Parts.Where(p => existing?.Part(p.Name) is null).Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        var removed = !replace || existing is null ? [] : existing.Parts.Where(p => incoming.Part(p.Name) is null).Select(p => p.Name).ToList();
        if (replace)
        {
            plan.ReplaceType(incoming);
        }
        else
        {
            plan.MergeType(incoming);
        }

        if (before is null)
        {
            return new RecipeDefinitionChange(RecipeDefinitionKind.Type, incoming.Name, RecipeChangeKind.Created, added, false);
        }

        var after = ContentDefinitionJson.WriteType(plan.Type(incoming.Name)!).ToJsonString();
        return Change(RecipeDefinitionKind.Type, existing!.Name, before, after, added, removed);
    }

    public static RecipeDefinitionChange PlanPart(ContentDefinitionDocument plan, ContentPartDefinition incoming, bool replace = false)
    {
        var existing = plan.Part(incoming.Name);
        var before = existing is null ? null : ContentDefinitionJson.WritePart(existing).ToJsonString();
        var added = incoming.Fields.Where(f => !HasField(existing, f.Name)).Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
        var removed = !replace || existing is null ? [] : existing.Fields.Where(f => !HasField(incoming, f.Name)).Select(f => f.Name).ToList();
        if (replace)
        {
            plan.ReplacePart(incoming);
        }
        else
        {
            plan.MergePart(incoming);
        }

        if (before is null)
        {
            return new RecipeDefinitionChange(RecipeDefinitionKind.Part, incoming.Name, RecipeChangeKind.Created, added, false);
        }

        var after = ContentDefinitionJson.WritePart(plan.Part(incoming.Name)!).ToJsonString();
        return Change(RecipeDefinitionKind.Part, existing!.Name, before, after, added, removed);
    }

    /// <summary>Takes a type or part out of the plan.</summary>
    public static RecipeDefinitionChange PlanDelete(ContentDefinitionDocument plan, RecipeDefinitionKind kind, string name)
    {
        string canonical;
        if (kind == RecipeDefinitionKind.Type)
        {
            canonical = plan.Type(name)!.Name;
            plan.RemoveType(name);
        }
        else
        {
            canonical = plan.Part(name)!.Name;
            plan.RemovePart(name);
        }

        return new RecipeDefinitionChange(kind, canonical, RecipeChangeKind.Deleted, [], false);
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
                change.Removed.Count > 0 ? $"bỏ {members} {string.Join(", ", change.Removed)}" : null,
                change.SettingsChanged ? "đổi cài đặt" : null,
            }.OfType<string>()),
            RecipeChangeKind.Deleted => $"xóa {noun} {change.Name}",
            _ => $"giữ nguyên {noun} {change.Name}",
        };
    }

    private static bool HasField(ContentPartDefinition? part, string name) =>
        part?.Fields.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) == true;

    private static RecipeDefinitionChange Change(RecipeDefinitionKind kind, string name, string before, string after, List<string> added, List<string> removed)
    {
        if (before == after)
        {
            return new RecipeDefinitionChange(kind, name, RecipeChangeKind.Unchanged, [], false);
        }

        // Whatever changed besides the added and removed members is a change of settings.
        return new RecipeDefinitionChange(kind, name, RecipeChangeKind.Changed, added, SettingsChanged(kind, before, after, added, removed)) { Removed = removed };
    }

    private static bool SettingsChanged(RecipeDefinitionKind kind, string before, string after, List<string> added, List<string> removed)
    {
        if (added.Count == 0 && removed.Count == 0)
        {
            return true;
        }

        // Take the added members out of the result and the removed ones out of what was there, then compare the rest.
        return Without(kind, after, added) != Without(kind, before, removed);
    }

    private static string Without(RecipeDefinitionKind kind, string definition, List<string> members)
    {
        var json = JsonNode.Parse(definition)!.AsObject();
        var listName = kind == RecipeDefinitionKind.Type ? "ContentTypePartDefinitionRecords" : "ContentPartFieldDefinitionRecords";
        if (json[listName] is JsonArray list)
        {
            foreach (var member in list.OfType<JsonObject>().Where(m => members.Contains(m["Name"]?.ToString() ?? "")).ToList())
            {
                list.Remove(member);
            }
        }

        return json.ToJsonString();
    }
}
