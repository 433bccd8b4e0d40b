namespace Portal.Core.Modules;

/// <summary>Every feature of this build: the core's and one per module, with their Orchard Core aliases.</summary>
public sealed class FeatureCatalog
{
    /// <summary>The content engine itself, standing for the Orchard Core features it covers.</summary>
    public static readonly FeatureInfo Core = new(
        "Portal.Core",
        "Lõi nội dung",
        [
            "OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.ContentFields", "OrchardCore.Title",
            "OrchardCore.Autoroute", "OrchardCore.Html", "OrchardCore.Markdown", "OrchardCore.Alias",
            "OrchardCore.Taxonomies", "OrchardCore.Menu", "OrchardCore.Navigation", "OrchardCore.Settings",
            "OrchardCore.Themes", "OrchardCore.Recipes", "OrchardCore.Features", "OrchardCore.Resources",
            "OrchardCore.Liquid", "OrchardCore.HomeRoute", "OrchardCore.Localization", "OrchardCore.Diagnostics",
            "OrchardCore.Admin", "OrchardCore.Users", "OrchardCore.Roles", "OrchardCore.Security",
        ],
        AlwaysEnabled: true);

    private readonly Dictionary<string, FeatureInfo> byId = new(StringComparer.OrdinalIgnoreCase);

    public FeatureCatalog(IEnumerable<FeatureInfo> features)
    {
        All = features.Prepend(Core).DistinctBy(f => f.Id, StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var feature in All)
        {
            byId[feature.Id] = feature;
        }

        foreach (var feature in All)
        {
            foreach (var alias in feature.OrchardIds)
            {
                byId.TryAdd(alias, feature);
            }
        }
    }

    public IReadOnlyList<FeatureInfo> All { get; }

    /// <summary>Our feature for an id of ours or an Orchard Core id; null when nothing here stands for it.</summary>
    public FeatureInfo? Resolve(string id) => byId.GetValueOrDefault(id.Trim());
}
