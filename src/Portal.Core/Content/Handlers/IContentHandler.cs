namespace Portal.Core.Content.Handlers;

/// <summary>
/// Takes part in saving content items: fills derived values, validates, and writes index rows.
/// Handlers are scoped services and run in <see cref="Order"/>, inside the save's unit of work.
/// </summary>
public interface IContentHandler
{
    /// <summary>Lower runs first (the title must be known before a path is made from it).</summary>
    int Order => 0;

    /// <summary>Derives values before validation: display text, paths, sanitized HTML.</summary>
    Task PreparingAsync(ContentSaveContext context) => Task.CompletedTask;

    /// <summary>Adds errors to the context; any error refuses the save.</summary>
    Task ValidatingAsync(ContentSaveContext context) => Task.CompletedTask;

    /// <summary>Writes index rows for the item's current published and latest versions.</summary>
    Task IndexingAsync(ContentIndexContext context) => Task.CompletedTask;
}
