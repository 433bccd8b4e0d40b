using Fluid;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.VisitCounter.Infrastructure;
using Portal.Theming.Liquid;

namespace Portal.Tests.VisitCounter.Liquid;

public sealed class VisitsFluidValueTests
{
    [Fact]
    public async Task Visits_InAnyTemplate_LiveNumbersFormattedTheVietnameseWay()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = VisitTestSite.Start(database);
        var liquid = site.Services.GetRequiredService<LiquidEnvironment>();
        Assert.True(liquid.Parser.TryParse(
            "Đang online: {{ Visits.Online }} / Hôm nay: {{ Visits.Today | number_vi }} / Đã truy cập: {{ Visits.Total | number_vi }} / {{ Visits.PageViewsToday }}{{ Visits.Nothing }}",
            out var template, out var error), error);
        await site.FlushAsync();

        var fresh = await template.RenderAsync(new TemplateContext(liquid.Options), LiquidEnvironment.Encoder);
        for (var visitor = 0; visitor < 3; visitor++)
        {
            await site.VisitAsync("/", Browsers.Visitor(visitor), "192.0.2.200");
        }

        await site.FlushAsync();
        // The same parsed template, rendered again, reads the numbers of now.
        var later = await template.RenderAsync(new TemplateContext(liquid.Options), LiquidEnvironment.Encoder);

        Assert.Equal("Đang online: 0 / Hôm nay: 0 / Đã truy cập: 58.716 / 0", fresh);
        Assert.Equal("Đang online: 3 / Hôm nay: 3 / Đã truy cập: 58.719 / 3", later);
    }

    [Fact]
    public async Task ViewCount_AnItemsPageViews_AsOfTheLastFlush()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = VisitTestSite.Start(database);
        var liquid = site.Services.GetRequiredService<LiquidEnvironment>();
        Assert.True(liquid.Parser.TryParse("Lượt xem: {{ Id | view_count | number_vi }}; {{ 'khong-co' | view_count }}", out var template, out var error), error);
        for (var view = 0; view < 5; view++)
        {
            await site.VisitAsync("/gioi-thieu", Browsers.Visitor(view % 2), "192.0.2.201");
        }

        await site.FlushAsync();
        var context = new TemplateContext(liquid.Options);
        context.SetValue("Id", "4gioithieu0000000000000000");

        Assert.Equal("Lượt xem: 5; 0", await template.RenderAsync(context, LiquidEnvironment.Encoder));
    }
}
