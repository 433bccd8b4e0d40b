namespace Portal.Core.Modules;

/// <summary>A feature that can be enabled or disabled, and the Orchard Core feature ids that stand for it.</summary>
/// <param name="Id">Our id, e.g. <c>Portal.VisitCounter</c>.</param>
/// <param name="Name">A human name, in Vietnamese where editors see it.</param>
/// <param name="OrchardIds">Orchard Core ids that a recipe may use for this feature.</param>
/// <param name="AlwaysEnabled">True for features the site cannot run without.</param>
public sealed record FeatureInfo(string Id, string Name, IReadOnlyList<string> OrchardIds, bool AlwaysEnabled = false);
