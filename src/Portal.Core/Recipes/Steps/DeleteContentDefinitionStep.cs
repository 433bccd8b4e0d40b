using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Definitions;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>DeleteContentDefinition</c> step: <c>{"ContentTypes": ["Blog"], "ContentParts": ["BlogPart"]}</c>
/// removes those definitions. Unlike Orchard Core it never strands content: a type that still has items (in the
/// database or created earlier in the recipe) is refused, and so is a part that a type keeps using; the admin moves or
/// deletes them first. A name that is not defined is a warning, not an error: the step asks for what already holds.
/// </summary>
public sealed class DeleteContentDefinitionStep(ContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "DeleteContentDefinition";

    public async Task ValidateAsync(RecipeStepContext context)
    {
        var plan = context.Plan.Definitions;
        foreach (var (name, path) in Names(context, "ContentTypes"))
        {
            if (plan.Type(name) is not { } type)
            {
                context.AddWarning($"không có loại nội dung '{name}' để xóa; bỏ qua.");
                continue;
            }

            var items = await context.Db.ContentItems.Where(r => r.ContentType == type.Name).Select(r => r.ContentItemId).Distinct().CountAsync()
                + (context.Report.ItemsByType.TryGetValue(type.Name, out var planned) ? planned.Created : 0);
            if (items > 0)
            {
                context.AddError(path, $"Không xóa được loại '{type.Name}': còn {items} nội dung thuộc loại này. Hãy xóa hoặc chuyển các nội dung đó trước.");
                continue;
            }

            Record(context, DefinitionPlanner.PlanDelete(plan, RecipeDefinitionKind.Type, name));
        }

        foreach (var (name, path) in Names(context, "ContentParts"))
        {
            if (plan.Part(name) is not { } part)
            {
                context.AddWarning($"không có phần '{name}' để xóa; bỏ qua.");
                continue;
            }

            var users = plan.Types.Where(t => t.Parts.Any(p => string.Equals(p.PartName, part.Name, StringComparison.OrdinalIgnoreCase))).Select(t => t.Name).ToList();
            if (users.Count > 0)
            {
                context.AddError(path, $"Không xóa được phần '{part.Name}': loại {string.Join(", ", users)} vẫn dùng phần này.");
                continue;
            }

            Record(context, DefinitionPlanner.PlanDelete(plan, RecipeDefinitionKind.Part, name));
        }
    }

    public async Task ApplyAsync(RecipeStepContext context)
    {
        // Validation refused the import for anything that could not go, and warned about names not defined.
        var document = await definitions.LoadForUpdateAsync();
        foreach (var (name, _) in Names(context, "ContentTypes"))
        {
            document.RemoveType(name);
        }

        foreach (var (name, _) in Names(context, "ContentParts"))
        {
            document.RemovePart(name);
        }

        await definitions.SaveAsync(document);
        await context.Db.SaveChangesAsync();
    }

    private static void Record(RecipeStepContext context, RecipeDefinitionChange change)
    {
        context.Report.Definitions.Add(change);
        context.StepReport.Details.Add(DefinitionPlanner.Describe(change));
    }

    /// <summary>The names listed (each with its place), reporting what is not a list of names.</summary>
    private static IEnumerable<(string Name, string Path)> Names(RecipeStepContext context, string listName)
    {
        var node = context.Get(listName);
        if (node is null)
        {
            yield break;
        }

        if (node is not JsonArray list)
        {
            context.AddError(listName, $"\"{listName}\" phải là danh sách tên.");
            yield break;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is JsonValue value && value.TryGetValue<string>(out var name) && name.Length > 0)
            {
                yield return (name, $"{listName}[{i}]");
            }
            else
            {
                context.AddError($"{listName}[{i}]", "Mỗi mục phải là tên (chuỗi) của một loại nội dung hoặc một phần.");
            }
        }
    }
}
