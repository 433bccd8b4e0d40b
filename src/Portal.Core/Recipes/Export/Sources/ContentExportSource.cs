using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Core.Recipes.Export.Sources;

/// <summary>
/// The <c>content</c> step: every item's published version and its latest version when that is a draft on top,
/// with their ids, flags, dates and people, so an import reproduces the same state. Menus and taxonomies are
/// content items and come along. Removed items and old versions are not exported.
/// </summary>
public sealed class ContentExportSource(PortalDbContext db) : IRecipeExportSource
{
    public int Order => RecipeExportOrder.Content;

    public async Task ExportAsync(RecipeExportContext context, CancellationToken cancellationToken)
    {
        if (!context.Options.IncludeContent)
        {
            return;
        }

        var query = db.ContentItems.AsNoTracking().Where(r => r.Published || r.Latest);
        if (context.Options.ContentTypes is { Count: > 0 })
        {
            var types = context.ContentTypes.ToList();
            query = query.Where(r => types.Contains(r.ContentType));
        }

        // Items in the order they first appear (a taxonomy before the articles filed under it, as they were made);
        // within an item the published version first, so the draft on top lands as the latest.
        var rows = await query.OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var data = new JsonArray();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in rows.GroupBy(r => r.ContentItemId))
        {
            foreach (var row in item.OrderByDescending(r => r.Published).ThenBy(r => r.Id))
            {
                data.Add(ContentJson.ToJson(ContentRecords.ToItem(row)));
            }

            var type = item.First().ContentType;
            counts[type] = counts.GetValueOrDefault(type) + 1;
        }

        context.AddStep(new JsonObject { ["name"] = "content", ["data"] = data },
            $"{counts.Values.Sum()} nội dung ({data.Count} phiên bản): {string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}"))}");
    }
}
