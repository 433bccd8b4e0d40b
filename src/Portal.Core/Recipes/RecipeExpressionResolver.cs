using System.Text.Json.Nodes;

namespace Portal.Core.Recipes;

/// <summary>Replaces every expression string in a step by its value, reporting failures with their JSON path.</summary>
internal static class RecipeExpressionResolver
{
    public static JsonObject Resolve(JsonObject step, RecipeScripts scripts, RecipeStepContextInfo where, RecipeReport report, bool lenientFiles)
    {
        var copy = (JsonObject)step.DeepClone();
        Walk(copy, where.Path, scripts, where, report, lenientFiles);
        return copy;
    }

    private static void Walk(JsonNode node, string path, RecipeScripts scripts, RecipeStepContextInfo where, RecipeReport report, bool lenientFiles)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    var childPath = $"{path}.{key}";
                    if (IsExpressionValue(value, out var text))
                    {
                        obj[key] = Evaluate(text, childPath, scripts, where, report, lenientFiles);
                    }
                    else if (value is not null)
                    {
                        Walk(value, childPath, scripts, where, report, lenientFiles);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = $"{path}[{i}]";
                    if (IsExpressionValue(array[i], out var text))
                    {
                        array[i] = Evaluate(text, childPath, scripts, where, report, lenientFiles);
                    }
                    else if (array[i] is { } child)
                    {
                        Walk(child, childPath, scripts, where, report, lenientFiles);
                    }
                }

                break;
        }
    }

    private static bool IsExpressionValue(JsonNode? node, out string text)
    {
        text = "";
        return node is JsonValue value && value.TryGetValue(out text!) && RecipeScripts.IsExpression(text, out _, out _);
    }

    private static JsonNode? Evaluate(string text, string path, RecipeScripts scripts, RecipeStepContextInfo where, RecipeReport report, bool lenientFiles)
    {
        try
        {
            return scripts.Evaluate(text);
        }
        catch (RecipeFileMissingException missing) when (lenientFiles)
        {
            report.Warnings.Add($"Bước {where.Number} ({where.Name}), {path}: {missing.Message} Giá trị để trống.");
            return JsonValue.Create("");
        }
        catch (Exception ex) when (ex is InvalidOperationException or RecipeFileMissingException or FormatException or IOException)
        {
            report.Errors.Add(new RecipeError(where.Number, where.Name, path, ex.Message));
            return null;
        }
    }
}
