using System.Text.Json.Nodes;
using Portal.Core.Content.Definitions;
using Portal.Core.Content.Parts;

namespace Portal.Core.Content.Handlers;

/// <summary>
/// Makes the title the item's display text, and requires one when publishing. A draft may be saved without a title
/// (an editor often keeps the body first and names it later) unless the type's TitlePartSettings say
/// <c>"Options": "EditableRequired"</c>, Orchard Core's setting for a title that is always required.
/// </summary>
public sealed class TitlePartHandler : IContentHandler
{
    public const int MaxLength = 500;

    public int Order => 0;

    public Task PreparingAsync(ContentSaveContext context)
    {
        var item = context.Item;
        if (!context.Type.HasPart(nameof(TitlePart)))
        {
            item.DisplayText = item.DisplayText.Trim();
            return Task.CompletedTask;
        }

        var title = item.As<TitlePart>();
        if (string.IsNullOrWhiteSpace(title.Title) && !string.IsNullOrWhiteSpace(item.DisplayText))
        {
            // Recipes often give only DisplayText; keep the part in step with it.
            title.Title = item.DisplayText;
        }

        title.Title = title.Title?.Trim();
        item.Apply(title);
        item.DisplayText = title.Title ?? "";
        return Task.CompletedTask;
    }

    public Task ValidatingAsync(ContentSaveContext context)
    {
        if (!context.Type.HasPart(nameof(TitlePart)))
        {
            return Task.CompletedTask;
        }

        if (context.Item.DisplayText.Length == 0 && !context.IsImport && (context.Publishing || IsAlwaysRequired(context.Type)))
        {
            context.AddError("TitlePart.Title", "Vui lòng nhập tiêu đề.");
        }
        else if (context.Item.DisplayText.Length > MaxLength)
        {
            context.AddError("TitlePart.Title", $"Tiêu đề dài quá {MaxLength} ký tự.");
        }

        return Task.CompletedTask;
    }

    /// <summary>Orchard Core writes the option by name or by its number (TitlePartOptions.EditableRequired = 3).</summary>
    private static bool IsAlwaysRequired(ContentTypeDefinition type) =>
        type.Part(nameof(TitlePart))?.SettingsOf("TitlePartSettings")?["Options"] is JsonValue options &&
        ((options.TryGetValue<string>(out var name) && name.Equals("EditableRequired", StringComparison.OrdinalIgnoreCase)) ||
         (options.TryGetValue<int>(out var number) && number == 3));
}
