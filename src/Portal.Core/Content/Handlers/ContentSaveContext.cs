using Portal.Core.Content.Definitions;

namespace Portal.Core.Content.Handlers;

/// <summary>One item being saved, with its type and the errors found so far.</summary>
public sealed class ContentSaveContext(ContentItem item, ContentTypeDefinition type, ContentDefinitionDocument definitions, bool isImport, bool publishing)
{
    private readonly List<ContentError> errors = [];

    public ContentItem Item { get; } = item;
    public ContentTypeDefinition Type { get; } = type;
    public ContentDefinitionDocument Definitions { get; } = definitions;

    /// <summary>True when a recipe imports the item: its own values (a custom path, say) are kept as given.</summary>
    public bool IsImport { get; } = isImport;

    /// <summary>True when this save publishes the item (stricter validation applies).</summary>
    public bool Publishing { get; } = publishing;

    public IReadOnlyList<ContentError> Errors => errors;

    public void AddError(string key, string message) => errors.Add(new ContentError(key, message));
}
