namespace Portal.Contents.Lists;

/// <summary>
/// One page of the events list with how many events are ongoing and upcoming in all: the list holds the ongoing ones
/// first, then the upcoming ones, then the past ones, so a position on the page tells an event's state.
/// </summary>
public sealed record EventPage(IdPage Page, int OngoingTotal, int UpcomingTotal);
