using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Text;

namespace Portal.Admin.Content;

/// <summary>
/// The content list of the dashboard over the items' latest versions, on indexed columns only: type, status,
/// category (taxonomy index), folded title (<c>DisplayTextKey</c>). Pages are cut by keyset (the last row's sort value
/// and id), so page 4,000 of 100,000 items costs what page 1 costs.
/// </summary>
public sealed class ContentListQuery(PortalDbContext db)
{
    /// <summary>Most items counted exactly; past it the list says "more than".</summary>
    public const int CountLimit = 10_000;

    public async Task<ContentListPage> RunAsync(ContentListFilter filter, IReadOnlyCollection<string> listableTypes, CancellationToken cancellationToken = default)
    {
        // Compared with a parameter, not as a bare boolean column: SQLite then uses the (Latest, ModifiedUtc) index.
        var yes = true;
        var query = db.ContentItems.AsNoTracking().Where(r => r.Latest == yes);
        query = string.IsNullOrEmpty(filter.Type)
            ? query.Where(r => listableTypes.Contains(r.ContentType))
            : query.Where(r => r.ContentType == filter.Type);

        if (!string.IsNullOrEmpty(filter.OwnerId))
        {
            query = query.Where(r => r.Owner == filter.OwnerId);
        }

        // Every word must appear, with or without its marks: "hoi nghi doi moi" finds "Hội nghị Khoa học Đổi mới".
        foreach (var word in VietnameseText.Fold(filter.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
        {
            query = query.Where(r => r.DisplayTextKey.Contains(word));
        }

        if (!string.IsNullOrEmpty(filter.TermId))
        {
            query = query.Where(r => db.TaxonomyIndex.Any(t => t.ContentItemId == r.ContentItemId && t.Latest && t.TermContentItemId == filter.TermId));
        }

        var no = false;
        query = filter.Status switch
        {
            // "Published" means the latest version is the live one; a live item with a newer draft is listed under drafts.
            ContentStatus.Published => query.Where(r => r.Published == yes),
            ContentStatus.Draft => query.Where(r => r.Published == no && r.ScheduledPublishUtc == null),
            ContentStatus.Scheduled => query.Where(r => r.Published == no && r.ScheduledPublishUtc != null),
            _ => query,
        };

        var total = await query.Take(CountLimit + 1).CountAsync(cancellationToken);
        var ordered = Order(query, filter.Sort, Cursor.Parse(filter.After));
        var rows = await ordered.Take(filter.PageSize + 1).Select(r => new
        {
            r.Id,
            r.DisplayTextKey,
            Row = new ContentListRow(r.ContentItemId, r.ContentType, r.DisplayText, r.Author, r.Owner, r.ModifiedUtc, r.PublishedUtc,
                r.ScheduledPublishUtc, r.Published, r.Published),
        }).ToListAsync(cancellationToken);

        // Which drafts of this page have a live version: one query for the page, not one per row.
        var draftIds = rows.Where(r => !r.Row.LatestIsPublished).Select(r => r.Row.ContentItemId).ToList();
        var live = draftIds.Count == 0 ? [] : (await db.ContentItems.AsNoTracking()
            .Where(p => p.Published == yes && draftIds.Contains(p.ContentItemId)).Select(p => p.ContentItemId).ToListAsync(cancellationToken)).ToHashSet();
        for (var i = 0; i < rows.Count; i++)
        {
            if (live.Contains(rows[i].Row.ContentItemId))
            {
                rows[i] = rows[i] with { Row = rows[i].Row with { HasPublished = true } };
            }
        }

        string? next = null;
        if (rows.Count > filter.PageSize)
        {
            rows.RemoveAt(rows.Count - 1);
            var last = rows[^1];
            next = filter.Sort.StartsWith("title", StringComparison.Ordinal)
                ? Cursor.Write(last.DisplayTextKey, last.Id)
                : Cursor.Write((last.Row.ModifiedUtc ?? DateTime.MinValue).Ticks.ToString(CultureInfo.InvariantCulture), last.Id);
        }

        return new ContentListPage(rows.Select(r => r.Row).ToList(), next, total);
    }

    private static IQueryable<ContentItemRecord> Order(IQueryable<ContentItemRecord> query, string sort, Cursor? after)
    {
        switch (sort)
        {
            case "title":
                if (after is not null)
                {
                    query = query.Where(r => string.Compare(r.DisplayTextKey, after.Value) > 0 || (r.DisplayTextKey == after.Value && r.Id > after.Id));
                }

                return query.OrderBy(r => r.DisplayTextKey).ThenBy(r => r.Id);
            case "title-desc":
                if (after is not null)
                {
                    query = query.Where(r => string.Compare(r.DisplayTextKey, after.Value) < 0 || (r.DisplayTextKey == after.Value && r.Id < after.Id));
                }

                return query.OrderByDescending(r => r.DisplayTextKey).ThenByDescending(r => r.Id);
            case "modified-asc":
                if (after?.Date is { } start)
                {
                    query = query.Where(r => r.ModifiedUtc > start || (r.ModifiedUtc == start && r.Id > after.Id));
                }

                return query.OrderBy(r => r.ModifiedUtc).ThenBy(r => r.Id);
            default:
                if (after?.Date is { } end)
                {
                    query = query.Where(r => r.ModifiedUtc < end || (r.ModifiedUtc == end && r.Id < after.Id));
                }

                return query.OrderByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id);
        }
    }

    /// <summary>The sort value and id of the last row shown, written as URL-safe base64.</summary>
    private sealed record Cursor(string Value, long Id)
    {
        public DateTime? Date => long.TryParse(Value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime(ticks, DateTimeKind.Utc)
            : null;

        public static string Write(string value, long id) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}|{value}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        public static Cursor? Parse(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            try
            {
                var padded = text.Replace('-', '+').Replace('_', '/');
                padded += new string('=', (4 - padded.Length % 4) % 4);
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|', 2);
                return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? new Cursor(parts[1], id) : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
