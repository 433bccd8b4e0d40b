namespace Portal.VisitCounter.Models;

/// <summary>
/// When a visitor was last seen, by any node: "Đang online" counts the rows seen within the window, which is
/// the union of every node's visitors. Rows that fall out of the window are deleted.
/// </summary>
public sealed class OnlineVisitorRecord
{
    public byte[] VisitorHash { get; set; } = [];

    /// <summary>Seconds since 1970-01-01 UTC: an integer compares the same way on every provider.</summary>
    public long LastSeenUnixSeconds { get; set; }
}
