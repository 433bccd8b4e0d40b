using Portal.Core.Text;

namespace Portal.Tests.Core.Text;

public sealed class VietnameseDatesTests
{
    [Fact]
    public void FormatLong_UtcMorning_ShowsVietnameseWeekdayAndLocalTime() =>
        Assert.Equal("Thứ Sáu, 27/11/2026 09:25",
            VietnameseDates.FormatLong(new DateTime(2026, 11, 27, 2, 25, 0, DateTimeKind.Utc), VietnameseDates.DefaultTimeZone));

    [Fact]
    public void FormatLong_UtcEveningBeforeMidnightLocal_IsAlreadyTheNextDayInVietnam() =>
        Assert.Equal("Thứ Bảy, 28/11/2026 00:30",
            VietnameseDates.FormatLong(new DateTime(2026, 11, 27, 17, 30, 0, DateTimeKind.Utc), VietnameseDates.DefaultTimeZone));

    [Fact]
    public void LocalDay_AtUtc1659And1700_ChangesDay()
    {
        var zone = VietnameseDates.DefaultTimeZone;
        Assert.Equal(new DateOnly(2026, 11, 27), VietnameseDates.LocalDay(new DateTimeOffset(2026, 11, 27, 16, 59, 59, TimeSpan.Zero), zone));
        Assert.Equal(new DateOnly(2026, 11, 28), VietnameseDates.LocalDay(new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero), zone));
    }

    [Fact]
    public void FormatNumber_GroupsThousandsWithDots() => Assert.Equal("58.716", VietnameseDates.FormatNumber(58716));

    [Fact]
    public void DayName_Sunday_IsChuNhat() => Assert.Equal("Chủ Nhật", VietnameseDates.DayName(DayOfWeek.Sunday));
}
