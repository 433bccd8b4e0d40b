namespace Portal.Core.Data;

/// <summary>
/// One committed change (a content item or a document). Every node polls this log to invalidate
/// its in-memory caches, so several web nodes on one PostgreSQL database stay consistent.
/// </summary>
public sealed class ChangeLogRecord
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string Key { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
