namespace Portal.VisitCounter.Models;

/// <summary>The counter's single row: the total carried over from the old site, the online window, and the site secret.</summary>
public sealed class VisitCounterStateRecord
{
    public const int SingletonId = 1;

    public const int DefaultOnlineWindowMinutes = 5;

    public int Id { get; set; } = SingletonId;

    /// <summary>"Đã truy cập" before this site began counting (58716 for tusta.org.vn).</summary>
    public long StartingTotal { get; set; }

    public int OnlineWindowMinutes { get; set; } = DefaultOnlineWindowMinutes;

    /// <summary>
    /// Random bytes (base64) from which every node derives the same daily salt. Not a hash input by itself:
    /// a new salt each day means a visitor's hashes of two days cannot be linked.
    /// </summary>
    public string Secret { get; set; } = "";
}
