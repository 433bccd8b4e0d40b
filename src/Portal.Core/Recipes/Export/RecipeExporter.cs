using System.Text.Json.Nodes;
using Portal.Core.Content.Definitions;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Core.Recipes.Export;

/// <summary>
/// Exports the site as a recipe in Orchard Core's format, from every <see cref="IRecipeExportSource"/> in order.
/// Importing the result into a fresh site gives the same content; importing it twice changes nothing the second time.
/// </summary>
public sealed class RecipeExporter(IEnumerable<IRecipeExportSource> sources, ContentDefinitionManager definitions, SiteSettingsManager settings, TimeProvider clock)
{
    /// <summary>Builds the export; throws <see cref="RecipeException"/> when a content type asked for does not exist.</summary>
    public async Task<RecipeExport> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken = default)
    {
        var types = ResolveTypes(await definitions.GetAsync(), options.ContentTypes);
        var context = new RecipeExportContext(options, types);
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            await source.ExportAsync(context, cancellationToken);
        }

        var site = await settings.GetAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var zone = VietnameseDates.FindTimeZone(site.TimeZoneId);
        var local = VietnameseDates.ToLocal(now, zone);
        var scope = options.ContentTypes is { Count: > 0 } ? $"các loại {string.Join(", ", types)}" : "toàn bộ trang";
        var recipe = new JsonObject
        {
            ["name"] = $"export-{local:yyyyMMdd-HHmm}",
            ["displayName"] = $"Bản xuất {site.SiteName}",
            ["description"] = $"Xuất {scope}{(options.IncludeContent ? "" : ", không kèm nội dung")} lúc {VietnameseDates.FormatLong(now, zone)}.",
            ["author"] = site.SiteName,
            ["website"] = site.BaseUrl ?? "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray("export"),
            ["steps"] = new JsonArray(context.Steps.Select(s => (JsonNode)s).ToArray()),
        };
        return new RecipeExport(recipe, context.Files, context.Summary);
    }

    private static SortedSet<string> ResolveTypes(ContentDefinitionDocument document, IReadOnlyList<string>? requested)
    {
        if (requested is not { Count: > 0 })
        {
            return new SortedSet<string>(document.Types.Select(t => t.Name), StringComparer.Ordinal);
        }

        var types = new SortedSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var name in requested.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            if (document.Type(name) is { } type)
            {
                types.Add(type.Name);
            }
            else
            {
                unknown.Add(name);
            }
        }

        if (unknown.Count > 0)
        {
            var known = string.Join(", ", document.Types.Select(t => t.Name).Order(StringComparer.Ordinal));
            throw new RecipeException(new RecipeError(null, null, "--types",
                $"Không có loại nội dung {string.Join(", ", unknown.Select(u => $"'{u}'"))}. Các loại hiện có: {known}."));
        }

        return types;
    }
}
