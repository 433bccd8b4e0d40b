namespace Portal.VisitCounter.Models;

/// <summary>The page views of one content item on one day, for "most read" over a period.</summary>
public sealed class ItemDailyViewRecord
{
    public DateOnly Day { get; set; }

    public string ContentItemId { get; set; } = "";

    public long Views { get; set; }
}
