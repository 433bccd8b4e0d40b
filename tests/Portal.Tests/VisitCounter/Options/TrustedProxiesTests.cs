using System.Net;
using Portal.VisitCounter.Options;

namespace Portal.Tests.VisitCounter.Options;

public sealed class TrustedProxiesTests
{
    [Fact]
    public void ToForwardedHeadersOptions_NothingConfigured_ForwardedHeadersAreNotUsed() =>
        Assert.Null(TrustedProxies.ToForwardedHeadersOptions([]));

    [Fact]
    public void ToForwardedHeadersOptions_AddressesAndNetworks_OnlyThoseAreTrusted()
    {
        var options = TrustedProxies.ToForwardedHeadersOptions(["10.0.0.5", "172.16.0.0/12, 2001:db8::1"])!;

        Assert.Equal([IPAddress.Parse("10.0.0.5"), IPAddress.Parse("2001:db8::1")], options.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("172.16.0.0/12")], options.KnownIPNetworks);
        Assert.DoesNotContain(IPAddress.Loopback, options.KnownProxies);
        Assert.Null(options.ForwardLimit);
    }

    [Fact]
    public void ToForwardedHeadersOptions_NotAnAddress_VietnameseErrorNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TrustedProxies.ToForwardedHeadersOptions(["proxy.local"]));

        Assert.Equal("Portal:VisitCounter:TrustedProxies: 'proxy.local' không phải địa chỉ IP hay dải mạng (ví dụ đúng: 10.0.0.5 hoặc 10.0.0.0/8).", error.Message);
    }

    [Theory]
    [InlineData(0, "Portal:VisitCounter:FlushSeconds phải nằm trong khoảng 0,1 đến 3600 giây (đang là 0).")]
    [InlineData(2, null)]
    public void Validate_FlushSeconds(double seconds, string? expected) =>
        Assert.Equal(expected, new VisitCounterOptions { FlushSeconds = seconds }.Validate());
}
