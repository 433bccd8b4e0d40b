namespace Portal.VisitCounter.Models;

/// <summary>All page views of one content item ("Lượt xem"), kept apart from the daily rows so reading it is one row.</summary>
public sealed class ItemViewRecord
{
    public string ContentItemId { get; set; } = "";

    public long Views { get; set; }
}
