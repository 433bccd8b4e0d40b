using Fluid;
using Portal.Core.Text;
using Portal.Theming.Liquid;

namespace Portal.Tests.Theming.Liquid;

public sealed class DateFiltersTests
{
    private static readonly FluidParser Parser = new();

    [Theory]
    // 16:59 UTC is still Friday 27 in Hà Nội; 17:00 UTC is already Saturday 28.
    [InlineData("2026-11-27T16:59:00Z", "Thứ Sáu, 27/11/2026 23:59")]
    [InlineData("2026-11-27T17:00:00Z", "Thứ Bảy, 28/11/2026 00:00")]
    [InlineData("2026-11-27T02:25:00Z", "Thứ Sáu, 27/11/2026 09:25")]
    [InlineData("2026-11-28T17:30:00Z", "Chủ Nhật, 29/11/2026 00:30")]
    public async Task DateVi_IsoStringFromContent_IsLocalVietnameseDate(string iso, string expected)
    {
        Assert.Equal(expected, await RenderAsync("{{ d | date_vi }}", iso));
    }

    [Theory]
    [InlineData("date", "28/11/2026")]
    [InlineData("time", "00:00")]
    [InlineData("short", "28/11/2026 00:00")]
    [InlineData("weekday", "Thứ Bảy")]
    [InlineData("iso", "2026-11-28T00:00:00+07:00")]
    [InlineData("day", "28")]
    [InlineData("month", "Tháng 11")]
    [InlineData("year", "2026")]
    public async Task DateVi_Forms_AcrossTheDayBoundary(string form, string expected)
    {
        Assert.Equal(expected, await RenderAsync($"{{{{ d | date_vi: '{form}' }}}}", "2026-11-27T17:00:00Z"));
    }

    [Fact]
    public async Task DateVi_DateTimeValue_UsesTheSiteZoneNotTheServerZone()
    {
        var utc = new DateTime(2026, 11, 27, 17, 0, 0, DateTimeKind.Utc);
        Assert.Equal("Thứ Bảy, 28/11/2026 00:00", await RenderAsync("{{ d | date_vi }}", utc));
    }

    [Fact]
    public async Task DateVi_NotADate_RendersNothing()
    {
        Assert.Equal("", await RenderAsync("{{ d | date_vi }}", "không phải ngày"));
    }

    private static async Task<string> RenderAsync(string source, object value)
    {
        var options = new TemplateOptions();
        new DateFilters().Configure(options);
        var context = new TemplateContext(options) { TimeZone = VietnameseDates.FindTimeZone("Asia/Ho_Chi_Minh") };
        context.SetValue("d", value);
        Assert.True(Parser.TryParse(source, out var template, out var error), error);
        return await template.RenderAsync(context);
    }
}
