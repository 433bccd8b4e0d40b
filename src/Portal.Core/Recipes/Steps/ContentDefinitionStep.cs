using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Core.Content.Definitions;
using Portal.Core.Json;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>ContentDefinition</c> step: <c>ContentTypes</c> and <c>ContentParts</c> are merged into the
/// stored definitions (settings merge, parts and fields are added or updated, nothing is removed).
/// </summary>
public sealed partial class ContentDefinitionStep(ContentDefinitionManager definitions) : IRecipeStep
{
    /// <summary>The fields this build edits and displays; others are stored and reported.</summary>
    public static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "TextField", "HtmlField", "DateTimeField", "DateField", "NumericField", "BooleanField", "LinkField",
        "MediaField", "ContentPickerField", "TaxonomyField", "MultiTextField",
    };

    public string Name => "ContentDefinition";

    public Task ValidateAsync(RecipeStepContext context)
    {
        var types = context.Get("ContentTypes");
        var parts = context.Get("ContentParts");
        if (types is not null and not JsonArray || parts is not null and not JsonArray)
        {
            context.AddError("", "\"ContentTypes\" và \"ContentParts\" phải là danh sách.");
            return Task.CompletedTask;
        }

        var index = 0;
        foreach (var node in types as JsonArray ?? [])
        {
            var path = $"ContentTypes[{index++}]";
            if (node is not JsonObject json || !IsName(json.GetString("Name")))
            {
                context.AddError($"{path}.Name", "Tên loại nội dung phải bắt đầu bằng chữ cái và chỉ gồm chữ, số, dấu gạch dưới.");
                continue;
            }

            var type = ContentDefinitionJson.ReadType(json);
            var recordIndex = 0;
            foreach (var part in type.Parts)
            {
                if (!IsName(part.PartName))
                {
                    context.AddError($"{path}.ContentTypePartDefinitionRecords[{recordIndex}].PartName", "Thiếu hoặc sai tên phần (PartName).");
                }

                recordIndex++;
            }

            (context.Plan.Definitions.Type(type.Name) is null ? context.Report.CreatedTypes : context.Report.ChangedTypes).Add(type.Name);
            context.StepReport.Details.Add($"{(context.Plan.Definitions.Type(type.Name) is null ? "tạo" : "cập nhật")} loại {type.Name} ({string.Join(", ", type.Parts.Select(p => p.Name))})");
            context.Plan.Definitions.MergeType(type);
        }

        index = 0;
        foreach (var node in parts as JsonArray ?? [])
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
                else if (!KnownFields.Contains(field.FieldName))
                {
                    context.AddWarning($"{fieldPath}: loại trường {field.FieldName} chưa được hỗ trợ; giá trị được giữ nguyên nhưng không hiển thị.");
                }
            }

            context.StepReport.Details.Add($"phần {part.Name} ({part.Fields.Count} trường)");
            context.Plan.Definitions.MergePart(part);
        }

        return Task.CompletedTask;
    }

    public async Task ApplyAsync(RecipeStepContext context)
    {
        var document = await definitions.LoadForUpdateAsync();
        foreach (var json in (context.Get("ContentTypes") as JsonArray ?? []).OfType<JsonObject>())
        {
            document.MergeType(ContentDefinitionJson.ReadType(json));
        }

        foreach (var json in (context.Get("ContentParts") as JsonArray ?? []).OfType<JsonObject>())
        {
            document.MergePart(ContentDefinitionJson.ReadPart(json));
        }

        await definitions.SaveAsync(document);
        // Items later in this recipe are prepared against the definitions as they now stand.
        await context.Db.SaveChangesAsync();
    }

    private static bool IsName(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,127}$")]
    private static partial Regex NamePattern();
}
