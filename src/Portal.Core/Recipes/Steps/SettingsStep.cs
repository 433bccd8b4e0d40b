using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Core.Content.Definitions;
using Portal.Core.Json;
using Portal.Core.Settings;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// <c>{"name": "settings", "SiteName": "...", "TimeZoneId": "...", "FooterSettings": {...}}</c>: well-known site
/// settings are set; any other key is a named section, merged into what is stored.
/// </summary>
public sealed class SettingsStep(SiteSettingsManager settings) : IRecipeStep
{
    public string Name => "settings";

    public Task ValidateAsync(RecipeStepContext context)
    {
        foreach (var (key, value) in context.Step)
        {
            if (key.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            switch (key.ToLowerInvariant())
            {
                case "pagesize" when !(int.TryParse(value?.ToString(), out var size) && size is > 0 and <= 100):
                    context.AddError(key, "PageSize phải là số từ 1 đến 100.");
                    break;
                case "timezoneid" when !TimeZoneInfo.TryFindSystemTimeZoneById(value?.ToString() ?? "", out _):
                    context.AddError(key, $"Múi giờ '{value}' không tồn tại (ví dụ đúng: Asia/Ho_Chi_Minh).");
                    break;
                case "culture" when !IsCulture(value?.ToString()):
                    context.AddError(key, $"Ngôn ngữ '{value}' không hợp lệ (ví dụ đúng: vi-VN).");
                    break;
                default:
                    context.StepReport.Details.Add(key);
                    break;
            }
        }

        return Task.CompletedTask;
    }

    public Task ApplyAsync(RecipeStepContext context) => settings.UpdateAsync(json =>
    {
        foreach (var (key, value) in context.Step)
        {
            if (key.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var existingKey = json.FindKey(key) ?? key;
            if (value is JsonObject section && json[existingKey] is JsonObject stored)
            {
                ContentDefinitionJson.Merge(stored, section);
            }
            else
            {
                json[existingKey] = value?.DeepClone();
            }
        }
    });

    private static bool IsCulture(string? name)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(name) && !CultureInfo.GetCultureInfo(name, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
