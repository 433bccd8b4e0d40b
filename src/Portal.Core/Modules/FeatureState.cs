using System.Text.Json.Nodes;
using Portal.Core.Changes;
using Portal.Core.Documents;

namespace Portal.Core.Modules;

/// <summary>
/// Which features are enabled, answered from memory on every request. Features are enabled unless the
/// <c>Features</c> document lists them as disabled, so a module added to the build is on by default.
/// </summary>
public sealed class FeatureState(FeatureCatalog catalog, DocumentCache cache) : IChangeListener
{
    public const string DocumentId = "Features";

    private volatile HashSet<string> disabled = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the feature (ours or an Orchard alias) is enabled.</summary>
    public bool IsEnabled(string featureId)
    {
        var feature = catalog.Resolve(featureId);
        return feature is not null && (feature.AlwaysEnabled || !disabled.Contains(feature.Id));
    }

    /// <summary>Reads the document; called at start-up and after the document changes.</summary>
    public async Task LoadAsync()
    {
        var ids = await cache.GetAsync(DocumentId, ReadDisabled);
        disabled = new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
    }

    public async Task OnChangedAsync(IReadOnlyCollection<Change> changes, CancellationToken cancellationToken)
    {
        if (changes.Any(c => c.Kind == Change.DocumentKind && (c.IsAll || c.Key == DocumentId)))
        {
            await LoadAsync();
        }
    }

    /// <summary>The disabled feature ids stored in the document.</summary>
    public static List<string> ReadDisabled(JsonObject? json) =>
        (json?["Disabled"] as JsonArray ?? []).Select(n => n?.ToString()).OfType<string>().ToList();
}
