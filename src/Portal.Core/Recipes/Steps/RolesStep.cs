using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Json;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// Orchard Core's <c>Roles</c> step, partly: roles are created by name; their permission lists are not imported
/// because permissions here follow the role (Administrator, Editor, Author), and the report says so.
/// </summary>
public sealed class RolesStep(RoleManager<IdentityRole> roles) : IRecipeStep
{
    public string Name => "Roles";

    public Task ValidateAsync(RecipeStepContext context)
    {
        if (context.Get("Roles") is not JsonArray list)
        {
            context.AddError("Roles", "Bước Roles cần danh sách \"Roles\".");
            return Task.CompletedTask;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if ((list[i] as JsonObject)?.GetString("Name") is not { } name)
            {
                context.AddError($"Roles[{i}].Name", "Thiếu tên vai trò.");
                continue;
            }

            context.StepReport.Details.Add(name);
            if ((list[i] as JsonObject)?.GetIgnoreCase("Permissions") is JsonArray { Count: > 0 })
            {
                context.AddWarning($"quyền của vai trò {name} không được nhập: quyền ở đây gắn với vai trò (Administrator, Editor, Author).");
            }
        }

        return Task.CompletedTask;
    }

    public async Task ApplyAsync(RecipeStepContext context)
    {
        foreach (var role in (context.Get("Roles") as JsonArray ?? []).OfType<JsonObject>())
        {
            var name = role.GetString("Name")!;
            if (!await roles.RoleExistsAsync(name))
            {
                var result = await roles.CreateAsync(new IdentityRole(name));
                if (!result.Succeeded)
                {
                    context.AddError("Roles", $"Không tạo được vai trò {name}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
