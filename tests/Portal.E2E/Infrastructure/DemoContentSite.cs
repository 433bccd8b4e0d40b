namespace Portal.E2E.Infrastructure;

/// <summary>The site recipe's content plus <c>recipes/demo-content.recipe.json</c> (enough articles for three pages).</summary>
public sealed class DemoContentSite : SiteFixture
{
    public const string DemoRecipe = "recipes/demo-content.recipe.json";

    protected override IReadOnlyList<string> RecipesToImport => [DemoRecipe];
}
