using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Contents.Lists;

/// <summary>
/// The list queries of the public site. Each filters and sorts on index columns only (ContentItems' type, flags and
/// dates, TaxonomyIndex, FieldValueIndex), never inside the JSON, and each result is cached until content changes.
/// </summary>
public sealed class ContentListQueries(PortalContextFactory<PortalDbContext> contexts, ContentListCache cache)
{
    /// <summary>
    /// Compared as a query parameter, never as a constant: EF Core writes <c>r.Published</c> (and <c>== true</c>, and a
    /// static readonly field) as a bare <c>WHERE "Published"</c>, which SQLite cannot match to the (…, Published, date)
    /// indexes, so it sorted a whole category in a temporary B-tree (110 ms instead of under 1 ms for page 81 of
    /// 20,000 articles). An instance field becomes <c>"Published" = @published</c>, and the index serves filter and order.
    /// </summary>
    private readonly bool published = true;

    /// <summary>Event results are keyed by the minute they were asked at, so they need not outlive it by much.</summary>
    private static readonly TimeSpan EventLifetime = TimeSpan.FromMinutes(2);

    /// <summary>Published items of a type, newest first.</summary>
    public async Task<IdPage> LatestAsync(string contentType, int skip, int take)
    {
        var total = await cache.GetOrLoadAsync($"type-count:{contentType}", async () =>
        {
            await using var db = contexts.CreateForReading();
            return await db.ContentItems.CountAsync(r => r.ContentType == contentType && r.Published == published);
        });
        var ids = skip >= total ? [] : await cache.GetOrLoadAsync($"type-page:{contentType}:{skip}:{take}", async () =>
        {
            await using var db = contexts.CreateForReading();
            return await db.ContentItems.AsNoTracking()
                .Where(r => r.ContentType == contentType && r.Published == published)
                .OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.Id)
                .Skip(skip).Take(take).Select(r => r.ContentItemId).ToListAsync();
        });
        return new IdPage(ids, total);
    }

    /// <summary>Published items tagged with a term, newest first.</summary>
    public async Task<IdPage> ByTermAsync(string termContentItemId, int skip, int take)
    {
        var total = await cache.GetOrLoadAsync($"term-count:{termContentItemId}", async () =>
        {
            await using var db = contexts.CreateForReading();
            // A plain count stays inside the (term, published, date) index; an item naming one term in two fields is rare.
            return await db.TaxonomyIndex.CountAsync(r => r.TermContentItemId == termContentItemId && r.Published == published);
        });
        var ids = skip >= total ? [] : await cache.GetOrLoadAsync($"term-page:{termContentItemId}:{skip}:{take}", async () =>
        {
            await using var db = contexts.CreateForReading();
            // An item names a term once per field at most; the rare item that names it in two fields shows once.
            var rows = await db.TaxonomyIndex.AsNoTracking()
                .Where(r => r.TermContentItemId == termContentItemId && r.Published == published)
                .OrderByDescending(r => r.PublishedUtc).ThenByDescending(r => r.Id)
                .Skip(skip).Take(take + 4).Select(r => r.ContentItemId).ToListAsync();
            return rows.Distinct().Take(take).ToList();
        });
        return new IdPage(ids, total);
    }

    /// <summary>
    /// Published events, those not over yet first (soonest start first: the ongoing ones, then the upcoming ones), then
    /// those over (latest start first). An event is over when its end field has passed; one without an end is over when
    /// its start day has (it started before <paramref name="startOfTodayUtc"/>). Only the few events not over are read
    /// (from the end rows after now and the start rows from today on, both ranges of the (type, field, published, date)
    /// index); the past page walks that index backwards, skipping them, and stops after one page.
    /// </summary>
    /// <param name="nowUtc">The moment the states are computed for; callers round it to the minute so the results cache.</param>
    public async Task<EventPage> EventsAsync(string contentType, string startField, string endField, DateTime nowUtc, DateTime startOfTodayUtc, int skip, int take)
    {
        var key = $"{contentType}:{startField}:{endField}:{nowUtc:O}:{startOfTodayUtc:O}";
        var notOver = await cache.GetOrLoadAsync($"event-not-over:{key}",
            () => NotOverAsync(contentType, startField, endField, nowUtc, startOfTodayUtc), EventLifetime);
        var total = await cache.GetOrLoadAsync($"event-count:{contentType}:{startField}", async () =>
        {
            await using var db = contexts.CreateForReading();
            return await Dates(db, contentType, startField).CountAsync();
        });
        var ids = skip >= total ? [] : await cache.GetOrLoadAsync($"event-page:{key}:{skip}:{take}", async () =>
        {
            var result = notOver.Skip(skip).Take(take).Select(e => e.ContentItemId).ToList();
            if (result.Count < take)
            {
                await using var db = contexts.CreateForReading();
                var current = notOver.Select(e => e.ContentItemId).ToList();
                var pastSkip = Math.Max(0, skip - notOver.Count);
                result.AddRange(await Dates(db, contentType, startField).Where(r => !current.Contains(r.ContentItemId))
                    .OrderByDescending(r => r.DateValue).ThenByDescending(r => r.Id).Skip(pastSkip).Take(take - result.Count)
                    .Select(r => r.ContentItemId).ToListAsync());
            }

            return result;
        }, EventLifetime);
        var ongoing = notOver.Count(e => e.Start <= nowUtc);
        return new EventPage(new IdPage(ids, total), ongoing, notOver.Count - ongoing);
    }

    /// <summary>Published items of a type in Vietnamese alphabetical order (by the folded display text), with a text field's value.</summary>
    public Task<List<OrganizationEntry>> AlphabeticalAsync(string contentType, string kindField) =>
        cache.GetOrLoadAsync($"alphabetical:{contentType}:{kindField}", async () =>
        {
            await using var db = contexts.CreateForReading();
            var items = await db.ContentItems.AsNoTracking()
                .Where(r => r.ContentType == contentType && r.Published == published)
                .OrderBy(r => r.DisplayTextKey).ThenBy(r => r.DisplayText)
                .Select(r => r.ContentItemId).ToListAsync();
            var kinds = await db.FieldValues.AsNoTracking()
                .Where(r => r.ContentType == contentType && r.FieldName == kindField && r.Published == published)
                .Select(r => new { r.ContentItemId, r.TextValue }).ToListAsync();
            var kindById = kinds.GroupBy(k => k.ContentItemId).ToDictionary(g => g.Key, g => g.First().TextValue);
            return items.Select(id => new OrganizationEntry(id, kindById.GetValueOrDefault(id))).ToList();
        });

    /// <summary>Published items of <paramref name="contentType"/> whose picker field names <paramref name="targetId"/>, newest first.</summary>
    public Task<List<string>> ReferencingAsync(string contentType, string fieldName, string targetId, int take) =>
        cache.GetOrLoadAsync($"referencing:{contentType}:{fieldName}:{targetId}:{take}", async () =>
        {
            await using var db = contexts.CreateForReading();
            return await (from value in db.FieldValues
                          join item in db.ContentItems on value.ContentItemId equals item.ContentItemId
                          where value.ContentType == contentType && value.FieldName == fieldName && value.TextValue == targetId &&
                                value.Published == published && item.Published == published
                          orderby item.PublishedUtc descending, item.Id descending
                          select item.ContentItemId).Take(take).ToListAsync();
        });

    /// <summary>Every published path (items and terms) with the time its item last changed.</summary>
    public Task<List<SitemapEntry>> SitemapAsync() =>
        cache.GetOrLoadAsync("sitemap", async () =>
        {
            await using var db = contexts.CreateForReading();
            return await (from route in db.Autoroutes
                          join item in db.ContentItems on route.ContentItemId equals item.ContentItemId
                          where route.Published == published && item.Published == published
                          orderby route.Id
                          select new SitemapEntry(route.Path, item.ModifiedUtc)).ToListAsync();
        });

    /// <summary>
    /// The events not over, soonest start first: those whose end is after now, and those without an end that start
    /// today or later. Their start and end rows are then read by item id alone, so the lookup can only use the item id
    /// index (with the type and field in the filter, SQLite without statistics prefers the date index and reads every
    /// start row of the type for each event).
    /// </summary>
    private async Task<List<EventStart>> NotOverAsync(string contentType, string startField, string endField, DateTime nowUtc, DateTime startOfTodayUtc)
    {
        await using var db = contexts.CreateForReading();
        var candidates = await Dates(db, contentType, endField).Where(r => r.DateValue > nowUtc).Select(r => r.ContentItemId)
            .Concat(Dates(db, contentType, startField).Where(r => r.DateValue >= startOfTodayUtc).Select(r => r.ContentItemId))
            .ToListAsync();
        if (candidates.Count == 0)
        {
            return [];
        }

        var ids = candidates.Distinct().ToList();
        var rows = await db.FieldValues.AsNoTracking().Where(r => ids.Contains(r.ContentItemId))
            .Select(r => new { r.Id, r.ContentItemId, r.ContentType, r.FieldName, r.Published, r.DateValue }).ToListAsync();
        return rows.Where(r => r.Published && r.ContentType == contentType && r.DateValue is not null)
            .GroupBy(r => r.ContentItemId)
            .Select(g => (Start: g.FirstOrDefault(r => r.FieldName == startField), End: g.FirstOrDefault(r => r.FieldName == endField)))
            .Where(e => e.Start is not null && EventTiming.StateOf(e.Start.DateValue!.Value, e.End?.DateValue, nowUtc, startOfTodayUtc) != EventTiming.Past)
            .Select(e => new EventStart(e.Start!.ContentItemId, e.Start.DateValue!.Value, e.Start.Id))
            .OrderBy(e => e.Start).ThenBy(e => e.Id).ToList();
    }

    private IQueryable<FieldValueRecord> Dates(PortalDbContext db, string contentType, string dateField) =>
        db.FieldValues.AsNoTracking().Where(r => r.ContentType == contentType && r.FieldName == dateField && r.Published == published && r.DateValue != null);

    /// <summary>An event not over: its id, its start, and its start row's id (the tie-break of the order).</summary>
    private sealed record EventStart(string ContentItemId, DateTime Start, long Id);
}
