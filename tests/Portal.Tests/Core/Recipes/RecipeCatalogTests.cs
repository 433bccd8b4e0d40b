using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Core.Recipes;

/// <summary>The recipes shipped in recipes/, as an admin picks them.</summary>
public sealed class RecipeCatalogTests
{
    [Fact]
    public async Task List_ShippedRecipes_HaveTheirNamesAndDescriptions()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var catalog = site.Services.GetRequiredService<RecipeCatalog>();

        var recipes = catalog.List();

        var site1 = Assert.Single(recipes, r => r.FileName == "lienhiephoi.recipe.json");
        Assert.Equal("Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa", site1.DisplayName);
        Assert.True(site1.IsSetupRecipe);
        Assert.Null(site1.Error);
        Assert.Contains(recipes, r => r.FileName == "demo-content.recipe.json" && !r.IsSetupRecipe && r.Description is { Length: > 0 });
        Assert.Equal("lienhiephoi", catalog.Read("lienhiephoi.recipe.json").Name);
    }

    [Theory]
    [InlineData("../appsettings.json")]
    [InlineData("/etc/passwd")]
    [InlineData("khong-co.recipe.json")]
    public async Task Read_NameNotInTheList_IsRefused(string fileName)
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var error = Assert.Throws<RecipeException>(() => site.Services.GetRequiredService<RecipeCatalog>().Read(fileName));
        Assert.Contains("Không có recipe", error.Message);
    }
}
