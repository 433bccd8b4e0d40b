using System.Collections.Concurrent;
using System.Net;

namespace Portal.VisitCounter.Counting;

/// <summary>
/// Today's visitor hashes by (address, User-Agent), in memory only and only for the current Vietnamese day, so a
/// reader's tenth page view costs a dictionary lookup instead of an HMAC. Cleared at the day change and when it
/// holds more than <see cref="MaxEntries"/> visitors; nothing of it is ever written anywhere.
/// </summary>
public sealed class VisitorHashCache(VisitorHasher hasher)
{
    public const int MaxEntries = 200_000;

    private volatile DayEntries today = new(default);

    public UInt128 Hash(DateOnly day, IPAddress? address, string userAgent)
    {
        var entries = today;
        if (entries.Day != day)
        {
            entries = today = new DayEntries(day);
        }
        else if (entries.Hashes.Count > MaxEntries)
        {
            entries.Hashes.Clear();
        }

        var key = (address, userAgent);
        if (!entries.Hashes.TryGetValue(key, out var hash))
        {
            hash = hasher.Hash(day, address, userAgent);
            entries.Hashes.TryAdd(key, hash);
        }

        return hash;
    }

    private sealed class DayEntries(DateOnly day)
    {
        public DateOnly Day { get; } = day;

        public ConcurrentDictionary<(IPAddress?, string), UInt128> Hashes { get; } = new();
    }
}
