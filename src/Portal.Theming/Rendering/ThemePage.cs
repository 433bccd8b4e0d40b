namespace Portal.Theming.Rendering;

/// <summary>A page to render: the templates to try in order, the model, and named values the templates use.</summary>
public sealed class ThemePage
{
    /// <summary>Template names without extension, most specific first ("Content-Article", "Content").</summary>
    public required IReadOnlyList<string> Templates { get; init; }

    public object? Model { get; init; }

    public PageMeta Meta { get; init; } = new();

    public int StatusCode { get; init; } = 200;

    /// <summary>Other values, visible to templates by name.</summary>
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
}
