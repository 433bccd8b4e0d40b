using System.Net;
using Portal.VisitCounter.Counting;

namespace Portal.Tests.VisitCounter.Counting;

public sealed class VisitorHashCacheTests
{
    private static readonly IPAddress Reader = IPAddress.Parse("203.0.113.7");
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";

    [Fact]
    public void Hash_SameVisitorSameDay_EqualsTheHashersOwnHash()
    {
        var hasher = NewHasher();
        var cache = new VisitorHashCache(hasher);
        var day = new DateOnly(2026, 11, 27);

        Assert.Equal(hasher.Hash(day, Reader, Firefox), cache.Hash(day, Reader, Firefox));
        Assert.Equal(hasher.Hash(day, Reader, Firefox), cache.Hash(day, Reader, Firefox));
    }

    [Fact]
    public void Hash_NextDay_IsTheNewSaltsHashNotYesterdays()
    {
        var hasher = NewHasher();
        var cache = new VisitorHashCache(hasher);
        var today = new DateOnly(2026, 11, 27);
        var tomorrow = today.AddDays(1);

        var first = cache.Hash(today, Reader, Firefox);
        var second = cache.Hash(tomorrow, Reader, Firefox);

        Assert.NotEqual(first, second);
        Assert.Equal(hasher.Hash(tomorrow, Reader, Firefox), second);
    }

    [Fact]
    public void Hash_OtherUserAgentOrAddress_IsAnotherVisitor()
    {
        var cache = new VisitorHashCache(NewHasher());
        var day = new DateOnly(2026, 11, 27);
        var visitor = cache.Hash(day, Reader, Firefox);

        Assert.NotEqual(visitor, cache.Hash(day, Reader, Firefox + " Extra"));
        Assert.NotEqual(visitor, cache.Hash(day, IPAddress.Parse("203.0.113.8"), Firefox));
    }

    private static VisitorHasher NewHasher()
    {
        var hasher = new VisitorHasher();
        hasher.UseSecret(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        return hasher;
    }
}
