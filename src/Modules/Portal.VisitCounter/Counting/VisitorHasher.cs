using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Portal.VisitCounter.Counting;

/// <summary>
/// Turns (client address, User-Agent) into a visitor hash with a salt that changes every Vietnamese day.
/// The salt is HMAC(site secret, date): every node holding the same secret derives the same salt, so a
/// visitor seen by two nodes has one hash; yesterday's salt is simply never computed again.
/// Neither the address nor the User-Agent is kept: only the 16-byte hash leaves this class.
/// </summary>
public sealed class VisitorHasher
{
    // Longer User-Agents are cut: enough to tell browsers apart, and the hash input stays on the stack.
    private const int MaxUserAgentChars = 512;

    private byte[]? secret;
    private volatile DaySalt? current;

    /// <summary>False until the site secret is loaded; nothing is counted before.</summary>
    public bool IsReady => secret is not null;

    public void UseSecret(byte[] siteSecret)
    {
        secret = siteSecret.ToArray();
        current = null;
    }

    /// <summary>The visitor's hash for the day.</summary>
    public UInt128 Hash(DateOnly day, IPAddress? address, ReadOnlySpan<char> userAgent)
    {
        var salt = SaltFor(day);
        if (userAgent.Length > MaxUserAgentChars)
        {
            userAgent = userAgent[..MaxUserAgentChars];
        }

        Span<byte> message = stackalloc byte[1 + 16 + (MaxUserAgentChars * 3)];
        var length = 1;
        if (address is not null)
        {
            if (address.IsIPv4MappedToIPv6)
            {
                address = address.MapToIPv4();
            }

            address.TryWriteBytes(message[1..], out var written);
            message[0] = (byte)written;
            length += written;
        }

        length += Encoding.UTF8.GetBytes(userAgent, message[length..]);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(salt, message[..length], hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>The day's salt, derived once per day.</summary>
    internal byte[] SaltFor(DateOnly day)
    {
        var known = current;
        if (known is not null && known.Day == day)
        {
            return known.Salt;
        }

        var key = secret ?? throw new InvalidOperationException("The visit counter's secret is not loaded yet.");
        var label = Encoding.UTF8.GetBytes("portal-visit-salt:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var salt = HMACSHA256.HashData(key, label);
        current = new DaySalt(day, salt);
        return salt;
    }

    /// <summary>The bytes stored for a hash.</summary>
    public static byte[] ToBytes(UInt128 visitor)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, visitor);
        return bytes;
    }

    private sealed record DaySalt(DateOnly Day, byte[] Salt);
}
