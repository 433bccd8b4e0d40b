using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core.Content.Definitions;
using Portal.Core.Content.Parts;
using Portal.Core.Data;
using Portal.Core.Liquid;
using Portal.Core.Routing;

namespace Portal.Core.Content.Handlers;

/// <summary>
/// Gives items (and the terms inside taxonomies) their paths: from the type's Liquid pattern when none is
/// set, unique among published items (a generated path gets "-2", "-3"...; a path an editor typed that is
/// taken is an error), and writes the autoroute index the route table is loaded from.
/// </summary>
public sealed class AutoroutePartHandler(PortalDbContext db, AutoroutePatternRenderer patterns, IOptions<ReservedPathOptions> reserved) : IContentHandler
{
    public const string DefaultPattern = "{{ Model.ContentItem | display_text | slugify }}";

    public int Order => 10;

    public async Task PreparingAsync(ContentSaveContext context)
    {
        if (context.Type.Part(nameof(AutoroutePart)) is { } typePart)
        {
            var part = context.Item.As<AutoroutePart>();
            part.Path = await ChoosePathAsync(context, context.Item, null, part.Path, typePart);
            context.Item.Apply(part);
        }

        foreach (var term in Terms(context.Item))
        {
            var termItem = ContentJson.FromJson(term);
            var termType = context.Definitions.Type(termItem.ContentType);
            if (termType?.Part(nameof(AutoroutePart)) is not { } termPart)
            {
                continue;
            }

            var route = term[nameof(AutoroutePart)] as JsonObject ?? [];
            route["Path"] = await ChoosePathAsync(context, termItem, context.Item, route["Path"]?.ToString(), termPart);
            term[nameof(AutoroutePart)] = route;
        }
    }

    public Task IndexingAsync(ContentIndexContext context)
    {
        foreach (var (item, published, latest) in context.Versions())
        {
            var part = item.As<AutoroutePart>();
            if (item.Part(nameof(AutoroutePart)) is not null && !part.Disabled && !string.IsNullOrEmpty(part.Path))
            {
                Add(item.ContentItemId, null, part.Path, published, latest);
            }

            foreach (var term in Terms(item))
            {
                var path = (term[nameof(AutoroutePart)] as JsonObject)?["Path"]?.ToString();
                var termId = term["ContentItemId"]?.ToString();
                if (!string.IsNullOrEmpty(path) && !string.IsNullOrEmpty(termId))
                {
                    Add(item.ContentItemId, termId, path, published, latest);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The terms of a taxonomy item, children included.</summary>
    public static IEnumerable<JsonObject> Terms(ContentItem item) =>
        Flatten(item.Part("TaxonomyPart")?["Terms"] as JsonArray);

    private static IEnumerable<JsonObject> Flatten(JsonArray? terms)
    {
        foreach (var term in (terms ?? []).OfType<JsonObject>())
        {
            yield return term;
            foreach (var child in Flatten(term["Terms"] as JsonArray))
            {
                yield return child;
            }
        }
    }

    private async Task<string> ChoosePathAsync(ContentSaveContext context, ContentItem item, ContentItem? container, string? current, ContentTypePartDefinition typePart)
    {
        var pattern = typePart.SettingsOf("AutoroutePartSettings")?["Pattern"]?.ToString();
        pattern = string.IsNullOrWhiteSpace(pattern) ? DefaultPattern : pattern;
        var generated = await patterns.RenderAsync(pattern, item, container);
        var path = RoutePaths.Normalize(current);
        var isGenerated = path.Length == 0 || path == generated || IsSuffixed(path, generated);
        if (path.Length == 0)
        {
            path = generated;
        }

        if (path.Length == 0)
        {
            // Nothing to make a path from yet (a draft without a title): the item has no public path.
            return "";
        }

        var key = $"{typePart.Name}.Path";
        if (!RoutePaths.IsValid(path))
        {
            context.AddError(key, "Đường dẫn chỉ được chứa chữ, số, dấu gạch ngang và dấu gạch chéo giữa các phần.");
            return path;
        }

        if (reserved.Value.IsReserved(RoutePaths.Key(path)))
        {
            context.AddError(key, $"Đường dẫn '{path}' dành riêng cho hệ thống. Hãy chọn đường dẫn khác.");
            return path;
        }

        if (!await IsTakenAsync(path, item.ContentItemId))
        {
            return path;
        }

        if (!isGenerated && !context.IsImport)
        {
            context.AddError(key, $"Đường dẫn '{path}' đã được một nội dung khác sử dụng.");
            return path;
        }

        var stem = isGenerated && IsSuffixed(path, generated) ? generated : path;
        for (var n = 2; ; n++)
        {
            var candidate = $"{stem}-{n}";
            if (!await IsTakenAsync(candidate, item.ContentItemId))
            {
                return candidate;
            }
        }
    }

    private static bool IsSuffixed(string path, string generated) =>
        generated.Length > 0 && path.StartsWith(generated + "-", StringComparison.Ordinal) && int.TryParse(path[(generated.Length + 1)..], out _);

    /// <summary>Taken by a published route of another item or term, saved or pending in this unit of work.</summary>
    private async Task<bool> IsTakenAsync(string path, string routeItemId)
    {
        var key = RoutePaths.Key(path);
        if (IsTakenByPendingRoute(key, routeItemId))
        {
            return true;
        }

        return await db.Autoroutes.AnyAsync(r => r.PathKey == key && r.Published &&
            (r.ContainedContentItemId ?? r.ContentItemId) != routeItemId);
    }

    /// <summary>
    /// A route added in this unit of work and not saved yet. Change detection is switched off while looking:
    /// rows are only ever added here, and DbSet.Local would otherwise scan every tracked entity on every
    /// call, which made a 10,000-item import quadratic within each batch.
    /// </summary>
    private bool IsTakenByPendingRoute(string key, string routeItemId)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries<AutorouteRecord>().Any(e => e.State == EntityState.Added && e.Entity.PathKey == key && e.Entity.Published &&
                (e.Entity.ContainedContentItemId ?? e.Entity.ContentItemId) != routeItemId);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private void Add(string contentItemId, string? containedId, string path, bool published, bool latest) =>
        db.Autoroutes.Add(new AutorouteRecord
        {
            ContentItemId = contentItemId,
            ContainedContentItemId = containedId,
            Path = path,
            PathKey = RoutePaths.Key(path),
            Published = published,
            Latest = latest,
        });
}
