using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Tests.Infrastructure;
using Portal.Tests.VisitCounter.Infrastructure;

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
        const string recipe = """{"name": "t", "steps": [{"name": "visitcounter", "startingTotal": 100000, "OnlineWindowMinutes": 15}]}""";

        var first = await ImportAsync(site, recipe);
        var second = await ImportAsync(site, recipe);
        var counts = await site.FlushAsync();

        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        Assert.True(second.Succeeded, string.Join("; ", second.Errors));
        Assert.Contains("tổng lượt truy cập ban đầu: 100.000", first.Steps.Single().Details);
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
}
