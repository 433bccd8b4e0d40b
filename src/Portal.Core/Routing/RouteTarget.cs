namespace Portal.Core.Routing;

/// <summary>What a public path shows: an item, or a term (<see cref="TermContentItemId"/>) inside a taxonomy item.</summary>
public sealed record RouteTarget(string ContentItemId, string? TermContentItemId, string Path);
