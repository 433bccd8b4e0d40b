namespace Portal.Core.Content;

/// <summary>One scheduled draft the publisher handled: published, or refused with the reason in <see cref="Error"/>.</summary>
/// <param name="ContentItemId">The item.</param>
/// <param name="DisplayText">Its title, for the log.</param>
/// <param name="Error">Null when the item was published; otherwise why not (its schedule was dropped).</param>
public sealed record ScheduledPublishOutcome(string ContentItemId, string DisplayText, string? Error);
