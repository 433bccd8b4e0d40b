namespace Portal.VisitCounter.Models;

/// <summary>
/// One visitor seen on one Vietnamese calendar day: only a salted hash, never an IP address or a User-Agent.
/// The unique key on (day, hash) is what makes a visitor seen on several nodes count once.
/// Rows older than yesterday are deleted: the day's count lives on in <see cref="DailyTotalRecord"/>.
/// </summary>
public sealed class DailyVisitorRecord
{
    public DateOnly Day { get; set; }

    /// <summary>16 bytes of HMAC-SHA256(daily salt, client address and User-Agent).</summary>
    public byte[] VisitorHash { get; set; } = [];
}
