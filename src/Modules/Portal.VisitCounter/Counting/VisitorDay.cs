namespace Portal.VisitCounter.Counting;

/// <summary>A visitor on a day: the unit "Hôm nay" counts.</summary>
public readonly record struct VisitorDay(DateOnly Day, UInt128 Visitor);
