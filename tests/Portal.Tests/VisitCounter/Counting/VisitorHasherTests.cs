using System.Net;
using Microsoft.Extensions.Time.Testing;
using Portal.VisitCounter.Counting;

namespace Portal.Tests.VisitCounter.Counting;

public sealed class VisitorHasherTests
{
    private static readonly byte[] Secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static VisitorHasher Create(byte[]? secret = null)
    {
        var hasher = new VisitorHasher();
        hasher.UseSecret(secret ?? Secret);
        return hasher;
    }

    [Fact]
    public void Hash_SameAddressBrowserAndDay_SameVisitorOnEveryNode()
    {
        var day = new DateOnly(2026, 11, 27);
        var address = IPAddress.Parse("203.0.113.5");

        Assert.Equal(Create().Hash(day, address, "Mozilla/5.0 A"), Create().Hash(day, address, "Mozilla/5.0 A"));
        Assert.NotEqual(Create().Hash(day, address, "Mozilla/5.0 A"), Create().Hash(day, address, "Mozilla/5.0 B"));
        Assert.NotEqual(Create().Hash(day, address, "Mozilla/5.0 A"), Create().Hash(day, IPAddress.Parse("203.0.113.6"), "Mozilla/5.0 A"));
        Assert.NotEqual(Create().Hash(day, address, "Mozilla/5.0 A"), Create(new byte[32]).Hash(day, address, "Mozilla/5.0 A"));
    }

    [Fact]
    public void Hash_IPv4MappedToIPv6_SameVisitorAsIPv4()
    {
        var day = new DateOnly(2026, 11, 27);
        var hasher = Create();

        Assert.Equal(hasher.Hash(day, IPAddress.Parse("203.0.113.5"), "UA"), hasher.Hash(day, IPAddress.Parse("::ffff:203.0.113.5"), "UA"));
    }

    [Fact]
    public void DayOf_MidnightInHoChiMinhCity_SaltChangesExactlyAt1700Utc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 16, 59, 59, TimeSpan.Zero));
        var hasher = Create();
        var address = IPAddress.Parse("203.0.113.5");

        var before = VisitDays.DayOf(clock.GetUtcNow());
        var hashBefore = hasher.Hash(before, address, "UA");
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = VisitDays.DayOf(clock.GetUtcNow());

        Assert.Equal(new DateOnly(2026, 11, 27), before);
        Assert.Equal(new DateOnly(2026, 11, 28), after);
        Assert.NotEqual(hashBefore, hasher.Hash(after, address, "UA"));
        Assert.Equal(hashBefore, hasher.Hash(before, address, "UA"));
    }

    [Fact]
    public void Hash_VeryLongUserAgent_IsAccepted()
    {
        var hasher = Create();
        var day = new DateOnly(2026, 11, 27);
        var longAgent = new string('x', 10_000) + "ế";

        Assert.Equal(hasher.Hash(day, null, longAgent), hasher.Hash(day, null, longAgent));
    }
}
