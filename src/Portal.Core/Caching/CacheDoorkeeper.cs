namespace Portal.Core.Caching;

/// <summary>
/// Lets a key into a cache on its second request only. A crawler, or a reader walking through 100,000 articles,
/// asks most pages once: caching each of them would copy it, evict it again before anyone asks twice, and leave its
/// memory to the GC's oldest generation (at a few thousand pages a second the site's memory grew by over 100 MB).
/// Remembers the hashes of recently asked keys in a fixed table of slots (128 KB), the newest key winning its slot, so
/// "recently" is about the last ten thousand different keys — hours of a small site's traffic, seconds of a crawl; a
/// key that lost its slot is simply let in one request later.
/// </summary>
public sealed class CacheDoorkeeper
{
    /// <summary>Slots by default: 2^14 hashes of 8 bytes.</summary>
    public const int DefaultSlots = 1 << 14;

    // The marker bit keeps a remembered hash from ever equalling an empty slot (0).
    private const ulong Remembered = 1UL << 32;

    private readonly ulong[] slots;
    private readonly int mask;

    public CacheDoorkeeper(int slots = DefaultSlots)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "The number of slots must be a power of two.");
        }

        this.slots = new ulong[slots];
        mask = slots - 1;
    }

    /// <summary>True when the key was asked recently (cache it now); otherwise remembers it and returns false.</summary>
    public bool Admit(ReadOnlySpan<char> key)
    {
        var hash = (uint)string.GetHashCode(key, StringComparison.Ordinal);
        var tag = hash | Remembered;
        return Interlocked.Exchange(ref slots[(int)(hash & (uint)mask)], tag) == tag;
    }
}
