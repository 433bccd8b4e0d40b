using Microsoft.EntityFrameworkCore;
using Portal.Admin.Trees;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Data;

namespace Portal.Admin.Taxonomies;

/// <summary>The site's taxonomies (items of a type with TaxonomyPart, "Chuyên mục" here), and how many items each term files.</summary>
public sealed class TaxonomyService(PortalDbContext db, ContentDefinitionManager definitions, IContentManager contents)
    : TreeOwners(db, definitions, contents, TreeEditor.Taxonomies.PartName)
{
    /// <summary>How many content items (their latest or published version) have each of these terms; terms with none are absent.</summary>
    public async Task<IReadOnlyDictionary<string, int>> UsageAsync(IReadOnlyCollection<string> termIds)
    {
        var counts = await Db.TaxonomyIndex.AsNoTracking()
            .Where(r => termIds.Contains(r.TermContentItemId))
            .GroupBy(r => r.TermContentItemId)
            .Select(g => new { Term = g.Key, Items = g.Select(r => r.ContentItemId).Distinct().Count() })
            .ToListAsync();
        return counts.ToDictionary(c => c.Term, c => c.Items);
    }
}
