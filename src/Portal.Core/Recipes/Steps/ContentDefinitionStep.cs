using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Core.Content.Definitions;
using Portal.Core.Json;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>ContentDefinition</c> step: <c>ContentTypes</c> and <c>ContentParts</c> are merged into the
/// stored definitions (settings merge, parts and fields are added or updated, nothing is removed).
/// </summary>
public partial class ContentDefinitionStep(ContentDefinitionManager definitions) : IRecipeStep
{
    public virtual string Name => "ContentDefinition";

    /// <summary>True when each type and part of the step takes the place of the stored one instead of merging into it.</summary>
    protected virtual bool Replaces => false;

    public Task ValidateAsync(RecipeStepContext context)
    {
        var types = context.Get("ContentTypes");
        var parts = context.Get("ContentParts");
        if (types is not null and not JsonArray || parts is not null and not JsonArray)
        {
            context.AddError("", "\"ContentTypes\" và \"ContentParts\" phải là danh sách.");
            return Task.CompletedTask;
        }

        // Parts first into the plan, so a type naming a part defined further down this step is not reported as unknown.
        var plannedParts = ValidateParts(context, parts as JsonArray ?? []);
        var index = 0;
        foreach (var node in types as JsonArray ?? [])
        {
            var path = $"ContentTypes[{index++}]";
            if (node is not JsonObject json || !IsName(json.GetString("Name")))
            {
                context.AddError($"{path}.Name", "Tên loại nội dung phải bắt đầu bằng chữ cái và chỉ gồm chữ, số, dấu gạch dưới.");
                continue;
            }

            var type = ReadType(json, context.Plan.Definitions);
            var recordIndex = 0;
            foreach (var part in type.Parts)
            {
                if (!IsName(part.PartName))
                {
                    context.AddError($"{path}.ContentTypePartDefinitionRecords[{recordIndex}].PartName", "Thiếu hoặc sai tên phần (PartName).");
                }
                else if (!OrchardCompatibility.IsKnownPart(part.PartName, type.Name, context.Plan.Definitions.Part(part.PartName) is { Fields.Count: > 0 }))
                {
                    context.Report.UnknownParts.Add(part.PartName);
                }

                recordIndex++;
            }

            Record(context, DefinitionPlanner.PlanType(context.Plan.Definitions, type, Replaces));
        }

        foreach (var change in plannedParts)
        {
            Record(context, change);
        }

        return Task.CompletedTask;
    }

    private List<RecipeDefinitionChange> ValidateParts(RecipeStepContext context, JsonArray parts)
    {
        var changes = new List<RecipeDefinitionChange>();
        var index = 0;
        foreach (var node in parts)
        {
            var path = $"ContentParts[{index++}]";
            if (node is not JsonObject json || !IsName(json.GetString("Name")))
            {
                context.AddError($"{path}.Name", "Tên phần phải bắt đầu bằng chữ cái và chỉ gồm chữ, số, dấu gạch dưới.");
                continue;
            }

            var part = ContentDefinitionJson.ReadPart(json);
            var fieldIndex = 0;
            foreach (var field in part.Fields)
            {
                var fieldPath = $"{path}.ContentPartFieldDefinitionRecords[{fieldIndex++}]";
                if (!IsName(field.Name) || !IsName(field.FieldName))
                {
                    context.AddError(fieldPath, "Mỗi trường cần Name và FieldName hợp lệ.");
                }
                else if (!OrchardCompatibility.SupportedFields.Contains(field.FieldName))
                {
                    context.Report.UnknownFields.Add(field.FieldName);
                }
            }

            changes.Add(DefinitionPlanner.PlanPart(context.Plan.Definitions, part, Replaces));
        }

        return changes;
    }

    private static void Record(RecipeStepContext context, RecipeDefinitionChange change)
    {
        context.Report.Definitions.Add(change);
        context.StepReport.Details.Add(DefinitionPlanner.Describe(change));
    }

    public async Task ApplyAsync(RecipeStepContext context)
    {
        var document = await definitions.LoadForUpdateAsync();
        foreach (var json in (context.Get("ContentTypes") as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Replaces)
            {
                document.ReplaceType(ReadType(json, document));
            }
            else
            {
                document.MergeType(ReadType(json, document));
            }
        }

        foreach (var json in (context.Get("ContentParts") as JsonArray ?? []).OfType<JsonObject>())
        {
            if (Replaces)
            {
                document.ReplacePart(ContentDefinitionJson.ReadPart(json));
            }
            else
            {
                document.MergePart(ContentDefinitionJson.ReadPart(json));
            }
        }

        await definitions.SaveAsync(document);
        // Items later in this recipe are prepared against the definitions as they now stand.
        await context.Db.SaveChangesAsync();
    }

    /// <summary>
    /// The type to merge. A recipe that names no DisplayName keeps the existing one, as in Orchard Core (reading
    /// alone would fall back to the type's name and rename "Bài viết" to "Article").
    /// </summary>
    private static ContentTypeDefinition ReadType(JsonObject json, ContentDefinitionDocument document)
    {
        var type = ContentDefinitionJson.ReadType(json);
        if (string.IsNullOrEmpty(json.GetString("DisplayName")) && document.Type(type.Name) is not null)
        {
            type.DisplayName = "";
        }

        return type;
    }

    private static bool IsName(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,127}$")]
    private static partial Regex NamePattern();
}
