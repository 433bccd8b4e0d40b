using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Recipes.Export;
using Portal.Core.Settings;
using Portal.Tests.Infrastructure;
using Portal.Tests.VisitCounter.Infrastructure;
using Portal.VisitCounter.Services;

namespace Portal.Tests.VisitCounter.Recipes;

public sealed class VisitCounterStepTests
{
    private static async Task<RecipeReport> ImportAsync(VisitTestSite site, string json, bool dryRun = false)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeExecutor>()
            .RunAsync(RecipeReader.Read(json), new RecipeRunOptions { DryRun = dryRun });
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_StartingTotalAndWindow_AreSetAndShownAfterTheNextFlush(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);
        const string recipe = """{"name": "t", "steps": [{"name": "visitcounter", "startingTotal": 100000, "OnlineWindowMinutes": 15, "Online": 3}]}""";

        var first = await ImportAsync(site, recipe);
        var second = await ImportAsync(site, recipe);
        var counts = await site.FlushAsync();

        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        Assert.True(second.Succeeded, string.Join("; ", second.Errors));
        Assert.Contains("tổng lượt truy cập ban đầu: 100.000", first.Steps.Single().Details);
        Assert.Equal("Bước 1 (visitcounter): thuộc tính 'Online' không được dùng (chỉ có StartingTotal, OnlineWindowMinutes, Days, Items).",
            first.Warnings.Single());
        Assert.Equal(100000, counts.Total);
        await using var db = site.OpenVisitDb();
        var state = await db.State.SingleAsync();
        Assert.Equal((100000L, 15), (state.StartingTotal, state.OnlineWindowMinutes));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_BadValues_ClearVietnameseErrorsAndNothingApplied(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);
        const string recipe = """
            {
              "name": "t",
              "steps": [
                { "name": "settings", "SiteName": "Tên mới không được lưu" },
                { "name": "VisitCounter", "StartingTotal": -5, "OnlineWindowMinutes": 0 },
                { "name": "VisitCounter", "StartingTotal": "năm mươi", "OnlineWindowMinutes": 2.5 },
                { "name": "VisitCounter", "StartingTotal": 12.7 }
              ]
            }
            """;

        var report = await ImportAsync(site, recipe);

        Assert.False(report.Succeeded);
        Assert.Equal(
        [
            "bước 2 (VisitCounter), steps[1].StartingTotal: StartingTotal phải là số nguyên không âm (ví dụ: 58716); giá trị đang là -5.",
            "bước 2 (VisitCounter), steps[1].OnlineWindowMinutes: OnlineWindowMinutes phải là số nguyên phút từ 1 đến 1440 (ví dụ: 5); giá trị đang là 0.",
            "bước 3 (VisitCounter), steps[2].StartingTotal: StartingTotal phải là số nguyên không âm (ví dụ: 58716); giá trị đang là \"năm mươi\".",
            "bước 3 (VisitCounter), steps[2].OnlineWindowMinutes: OnlineWindowMinutes phải là số nguyên phút từ 1 đến 1440 (ví dụ: 5); giá trị đang là 2.5.",
            "bước 4 (VisitCounter), steps[3].StartingTotal: StartingTotal phải là số nguyên không âm (ví dụ: 58716); giá trị đang là 12.7.",
        ], report.Errors.Select(e => e.ToString()));
        Assert.Equal(58716, (await site.FlushAsync()).Total);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.NotEqual("Tên mới không được lưu", (await scope.ServiceProvider.GetRequiredService<SiteSettingsManager>().GetAsync()).SiteName);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_FailsBeforeCommit_StartingTotalRolledBackWithTheRest(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);
        await using var scope = site.Services.CreateAsyncScope();
        var recipe = RecipeReader.Read("""{"name": "t", "steps": [{"name": "VisitCounter", "StartingTotal": 1}]}""");
        // The step is applied, then something fails before the commit: the whole import, this step included, is rolled back.
        var report = await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().RunAsync(recipe, new RecipeRunOptions(),
            new RecipeHooks { BeforeCommit = () => throw new InvalidOperationException("Lỗi giả lập trước khi lưu.") });

        Assert.False(report.Succeeded);
        Assert.Equal(58716, (await site.FlushAsync()).Total);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_DryRun_ChangesNothing(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);

        var report = await ImportAsync(site, """{"name": "t", "steps": [{"name": "VisitCounter", "StartingTotal": 7}]}""", dryRun: true);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal(58716, (await site.FlushAsync()).Total);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportedStep_ImportedIntoTheSiteItCameFrom_ChangesNothing(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);
        await VisitAsync(site, visitors: 3);
        var before = await site.FlushAsync();
        var history = await HistoryAsync(site);

        var report = await ImportAsync(site, Recipe(await ExportedStepAsync(site)));
        var after = await site.FlushAsync();

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal((58716 + 3, 3L), (before.Total, before.Today));
        Assert.Equal((before.Total, before.Today, before.PageViewsToday), (after.Total, after.Today, after.PageViewsToday));
        Assert.Equal(history, await HistoryAsync(site));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ExportedStep_ImportedIntoANewSite_CarriesTheTotalTheDaysAndTheMostRead(string provider)
    {
        using var sourceDatabase = TestDatabase.Create(provider);
        await using var source = VisitTestSite.Start(sourceDatabase);
        await VisitAsync(source, visitors: 4);
        var sourceCounts = await source.FlushAsync();
        var step = await ExportedStepAsync(source);

        using var targetDatabase = TestDatabase.Create(provider);
        await using var target = VisitTestSite.Start(targetDatabase);
        var report = await ImportAsync(target, Recipe(step));
        var targetCounts = await target.FlushAsync();

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Contains(report.Steps.Single().Details, d => d.StartsWith("số liệu đã đếm: 1 ngày (4 lượt truy cập)", StringComparison.Ordinal));
        Assert.Equal(58716L, (long)step["StartingTotal"]!);
        Assert.Equal((sourceCounts.Total, sourceCounts.Today, sourceCounts.PageViewsToday), (targetCounts.Total, targetCounts.Today, targetCounts.PageViewsToday));
        var history = await HistoryAsync(target);
        Assert.Equal(await HistoryAsync(source), history);
        Assert.Matches(@"\nitem \S+ 8$", history);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_History_RaisesEachCountToAtLeastTheImportedOneAndNeverLowersOne(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);
        await VisitAsync(site, visitors: 2);
        var today = (await site.FlushAsync()).Day.ToString("yyyy-MM-dd");
        var recipe = $$$"""
            {"name": "t", "steps": [{"name": "VisitCounter", "Days": [
              {"Day": "2025-01-02", "Visitors": 10, "PageViews": 30, "Items": {"bai-cu": 5}},
              {"Day": "{{{today}}}", "Visitors": 1, "PageViews": 1}
            ], "Items": {"bai-cu": 5}}]}
            """;

        var first = await ImportAsync(site, recipe);
        var second = await ImportAsync(site, recipe);
        var counts = await site.FlushAsync();

        Assert.True(first.Succeeded && second.Succeeded, string.Join("; ", first.Errors.Concat(second.Errors)));
        Assert.Equal((58716 + 10 + 2, 2L, 4L), (counts.Total, counts.Today, counts.PageViewsToday));
        await using var db = site.OpenVisitDb();
        var old = await db.DailyTotals.SingleAsync(d => d.Day == new DateOnly(2025, 1, 2));
        Assert.Equal((10L, 30L), (old.Visitors, old.PageViews));
        Assert.Equal(5, (await db.ItemDailyViews.SingleAsync(v => v.ContentItemId == "bai-cu")).Views);
        Assert.Equal(5, (await db.ItemViews.SingleAsync(v => v.ContentItemId == "bai-cu")).Views);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Import_BadHistory_ClearVietnameseErrorsAndNothingApplied(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = VisitTestSite.Start(database);
        var longId = new string('x', 65);
        var recipe = $$$"""
            {"name": "t", "steps": [{"name": "VisitCounter", "Days": [
              {"Day": "2025-01-02", "Visitors": 10},
              {"Day": "02/01/2025", "Visitors": 1},
              {"Day": "2025-01-02", "Visitors": 3},
              {"Day": "2025-01-03", "Visitors": -1, "PageViews": "nhiều", "Items": {"bai": 1.5}},
              7
            ], "Items": {"{{{longId}}}": 1}}]}
            """;

        var report = await ImportAsync(site, recipe);

        Assert.False(report.Succeeded);
        Assert.Equal(
        [
            "bước 1 (VisitCounter), steps[0].Days[1].Day: Day phải là một ngày dạng năm-tháng-ngày (ví dụ: 2026-11-27); giá trị đang là \"02/01/2025\".",
            "bước 1 (VisitCounter), steps[0].Days[2].Day: ngày \"2025-01-02\" đã có ở trên: mỗi ngày chỉ được ghi một lần.",
            "bước 1 (VisitCounter), steps[0].Days[3].Visitors: Visitors phải là số nguyên không âm; giá trị đang là -1.",
            "bước 1 (VisitCounter), steps[0].Days[3].PageViews: PageViews phải là số nguyên không âm; giá trị đang là \"nhiều\".",
            "bước 1 (VisitCounter), steps[0].Days[3].Items.bai: số lượt xem phải là số nguyên không âm; giá trị đang là 1.5.",
            "bước 1 (VisitCounter), steps[0].Days[4]: mỗi ngày phải là một đối tượng {\"Day\": ..., \"Visitors\": ..., \"PageViews\": ...}; giá trị đang là 7.",
            $"bước 1 (VisitCounter), steps[0].Items: mã nội dung \"{longId}\" không hợp lệ (1 đến 64 ký tự).",
        ], report.Errors.Select(e => e.ToString()));
        await using var db = site.OpenVisitDb();
        Assert.Empty(await db.DailyTotals.Where(d => d.Day < new DateOnly(2026, 1, 1)).ToListAsync());
    }

    /// <summary>Each visitor reads the introduction page twice: page views and the item's views are twice the visitors.</summary>
    private static async Task VisitAsync(VisitTestSite site, int visitors)
    {
        await site.FlushAsync();
        for (var visitor = 1; visitor <= visitors; visitor++)
        {
            for (var read = 0; read < 2; read++)
            {
                (await site.VisitAsync("/gioi-thieu", Browsers.ChromeWindows, $"192.0.2.{visitor}")).EnsureSuccessStatusCode();
            }
        }
    }

    private static async Task<JsonObject> ExportedStepAsync(VisitTestSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var export = await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportAsync(new RecipeExportOptions());
        return (JsonObject)((JsonArray)export.Recipe["steps"]!).Single(s => s!["name"]!.ToString() == "VisitCounter")!;
    }

    private static string Recipe(JsonObject step) => new JsonObject { ["name"] = "t", ["steps"] = new JsonArray(step.DeepClone()) }.ToJsonString();

    /// <summary>The stored history, a line per row, to compare two sites.</summary>
    private static async Task<string> HistoryAsync(VisitTestSite site)
    {
        var history = await site.Services.GetRequiredService<VisitStore>().ReadHistoryAsync();
        return string.Join("\n", history.Days.Select(d => $"day {d.Day:yyyy-MM-dd} {d.Visitors} {d.PageViews}")
            .Concat(history.ItemDays.Select(v => $"item-day {v.Day:yyyy-MM-dd} {v.ContentItemId} {v.Views}"))
            .Concat(history.Items.Select(v => $"item {v.ContentItemId} {v.Views}")));
    }
}
