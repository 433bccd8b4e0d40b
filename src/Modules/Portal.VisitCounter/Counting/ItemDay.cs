namespace Portal.VisitCounter.Counting;

/// <summary>A content item on a day: the unit of per-item page views.</summary>
public readonly record struct ItemDay(DateOnly Day, string ContentItemId);
