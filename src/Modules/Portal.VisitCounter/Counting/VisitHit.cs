namespace Portal.VisitCounter.Counting;

/// <summary>One counted page view: on which day, by which visitor (a hash), when, and of which content item if any.</summary>
public readonly record struct VisitHit(DateOnly Day, UInt128 Visitor, long UnixSeconds, string? ContentItemId);
