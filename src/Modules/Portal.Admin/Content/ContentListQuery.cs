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
    public async Task<ContentListPage> RunAsync(ContentListFilter filter, IReadOnlyCollection<string> listableTypes, CancellationToken cancellationToken = default)
    {
        var query = db.ContentItems.AsNoTracking().Where(r => r.Latest);
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

        query = filter.Status switch
        {
            ContentStatus.Published => query.Where(r => r.Published || db.ContentItems.Any(p => p.ContentItemId == r.ContentItemId && p.Published)),
            ContentStatus.Draft => query.Where(r => !r.Published && r.ScheduledPublishUtc == null),
            ContentStatus.Scheduled => query.Where(r => !r.Published && r.ScheduledPublishUtc != null),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        var ordered = Order(query, filter.Sort, Cursor.Parse(filter.After));
        var rows = await ordered.Take(filter.PageSize + 1).Select(r => new
        {
            r.Id,
            r.DisplayTextKey,
            Row = new ContentListRow(r.ContentItemId, r.ContentType, r.DisplayText, r.Author, r.Owner, r.ModifiedUtc, r.PublishedUtc,
                r.ScheduledPublishUtc, r.Published, r.Published || db.ContentItems.Any(p => p.ContentItemId == r.ContentItemId && p.Published)),
        }).ToListAsync(cancellationToken);

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
