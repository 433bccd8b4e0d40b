using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Recipes.Export.Sources;

/// <summary>
/// The <c>Roles</c> step: role names. Permissions here follow the role, so the lists are empty; users and their
/// passwords are never exported.
/// </summary>
public sealed class RolesExportSource(RoleManager<IdentityRole> roles) : IRecipeExportSource
{
    public int Order => RecipeExportOrder.Roles;

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        var names = (await roles.Roles.AsNoTracking().Select(r => r.Name).ToListAsync(cancellationToken))
            .OfType<string>().Order(StringComparer.Ordinal).ToList();
        context.AddStep(new JsonObject
        {
            ["name"] = "Roles",
            ["Roles"] = new JsonArray(names.Select(n => (JsonNode)new JsonObject { ["Name"] = n, ["Description"] = "", ["Permissions"] = new JsonArray() }).ToArray()),
        }, $"{names.Count} vai trò");
    }
}
