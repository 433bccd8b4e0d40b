using Portal.Core.Content;

namespace Portal.Core.Recipes;

/// <summary>
/// The plan (dry run) or result of an import: each step with its status, what happens to content types, parts and
/// items, warnings, errors, and whatever in the recipe has no equivalent here. Pages and the command line only render it.
/// </summary>
public sealed class RecipeReport
{
    public string RecipeName { get; set; } = "";
    public bool DryRun { get; set; }
    public bool Succeeded { get; set; }
    public List<RecipeStepReport> Steps { get; } = [];
    public List<RecipeError> Errors { get; } = [];

    /// <summary>Things done differently than asked but not fatal (a missing file skipped, an ignored permission...).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Feature ids (Orchard Core's or ours) that nothing here stands for.</summary>
    public SortedSet<string> UnknownFeatures { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parts the recipe's types use that have no behaviour here: kept in the items, not shown.</summary>
    public SortedSet<string> UnknownParts { get; } = new(StringComparer.Ordinal);

    /// <summary>Field kinds the recipe's parts use that have no behaviour here: values kept, not shown.</summary>
    public SortedSet<string> UnknownFields { get; } = new(StringComparer.Ordinal);

    /// <summary>Every content type and part the recipe defines, in order, with what happens to it.</summary>
    public List<RecipeDefinitionChange> Definitions { get; } = [];

    public IEnumerable<string> CreatedTypes => DefinitionNames(RecipeDefinitionKind.Type, RecipeChangeKind.Created);
    public IEnumerable<string> ChangedTypes => DefinitionNames(RecipeDefinitionKind.Type, RecipeChangeKind.Changed);
    public IEnumerable<string> CreatedParts => DefinitionNames(RecipeDefinitionKind.Part, RecipeChangeKind.Created);
    public IEnumerable<string> ChangedParts => DefinitionNames(RecipeDefinitionKind.Part, RecipeChangeKind.Changed);
    public IEnumerable<string> DeletedTypes => DefinitionNames(RecipeDefinitionKind.Type, RecipeChangeKind.Deleted);
    public IEnumerable<string> DeletedParts => DefinitionNames(RecipeDefinitionKind.Part, RecipeChangeKind.Deleted);

    /// <summary>Content items by type: created, updated, or left as they were (a draft and its published version count once).</summary>
    public SortedDictionary<string, RecipeItemCounts> ItemsByType { get; } = new(StringComparer.Ordinal);

    public int ItemsCreated => ItemsByType.Values.Sum(c => c.Created);
    public int ItemsUpdated => ItemsByType.Values.Sum(c => c.Updated);
    public int ItemsUnchanged => ItemsByType.Values.Sum(c => c.Unchanged);

    /// <summary>The steps no module handles.</summary>
    public IEnumerable<RecipeStepReport> UnsupportedSteps =>
        Steps.Where(s => s.Status is RecipeStepStatus.Unsupported or RecipeStepStatus.SkippedUnsupported);

    /// <summary>Counts one item of a type.</summary>
    public void CountItem(string contentType, ImportOutcome outcome)
    {
        if (!ItemsByType.TryGetValue(contentType, out var counts))
        {
            counts = new RecipeItemCounts();
            ItemsByType[contentType] = counts;
        }

        switch (outcome)
        {
            case ImportOutcome.Created: counts.Created++; break;
            case ImportOutcome.Updated: counts.Updated++; break;
            default: counts.Unchanged++; break;
        }
    }

    private IEnumerable<string> DefinitionNames(RecipeDefinitionKind kind, RecipeChangeKind change) =>
        Definitions.Where(d => d.Kind == kind && d.Change == change).Select(d => d.Name).Distinct(StringComparer.Ordinal);
}
