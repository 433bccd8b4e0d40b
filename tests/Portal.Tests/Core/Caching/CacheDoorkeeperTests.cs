using Portal.Core.Caching;

namespace Portal.Tests.Core.Caching;

public sealed class CacheDoorkeeperTests
{
    [Fact]
    public void Admit_SecondRequestOfAKey_LetsItIn()
    {
        var doorkeeper = new CacheDoorkeeper();

        Assert.False(doorkeeper.Admit("/tin-tuc/bai-mot"));
        Assert.True(doorkeeper.Admit("/tin-tuc/bai-mot"));
        Assert.True(doorkeeper.Admit("/tin-tuc/bai-mot"));
    }

    [Fact]
    public void Admit_OtherKeys_EachNeedTheirOwnSecondRequest()
    {
        var doorkeeper = new CacheDoorkeeper();
        Assert.False(doorkeeper.Admit("/tin-tuc/bai-mot"));

        Assert.False(doorkeeper.Admit("/tin-tuc/bai-hai"));
        Assert.False(doorkeeper.Admit("/tin-tuc/bai-mot?page=2"));
        Assert.True(doorkeeper.Admit("/tin-tuc/bai-hai"));
    }

    [Fact]
    public void Admit_KeyPushedOutOfItsSlot_IsForgottenAndLetInOneRequestLater()
    {
        // One slot: every new key takes it, so "recently" is only the last key.
        var doorkeeper = new CacheDoorkeeper(slots: 1);
        Assert.False(doorkeeper.Admit("a"));
        Assert.False(doorkeeper.Admit("b"));

        Assert.False(doorkeeper.Admit("a"));
        Assert.True(doorkeeper.Admit("a"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(1000)]
    public void New_SlotsNotAPowerOfTwo_Refused(int slots) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CacheDoorkeeper(slots));
}
