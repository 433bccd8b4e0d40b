namespace Portal.Core.Content;

/// <summary>A save refused because of invalid input; nothing was written.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentError> errors)
    : Exception(string.Join("; ", errors.Select(e => string.IsNullOrEmpty(e.Key) ? e.Message : $"{e.Key}: {e.Message}")))
{
    /// <summary>What is wrong, field by field, in Vietnamese.</summary>
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
