using Portal.Contents.Models;
using Portal.Core.Content.Definitions;

namespace Portal.Contents.Services;

/// <summary>Finds the taxonomy the news is filed under: the one the Article type's Category field points to.</summary>
public sealed class NewsTaxonomy(ContentDefinitionManager definitions)
{
    public async Task<string?> IdAsync()
    {
        var document = await definitions.GetAsync();
        var field = document.Part(SiteTypes.Article)?.Fields.FirstOrDefault(f => f.Name == SiteTypes.CategoryField);
        return field?.KindSettings?["TaxonomyContentItemId"]?.ToString();
    }
}
