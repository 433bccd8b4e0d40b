namespace Portal.Web;

/// <summary>Marks an endpoint as belonging to a module's feature, so it answers 404 while the feature is disabled.</summary>
public sealed record FeatureMetadata(string FeatureId);
