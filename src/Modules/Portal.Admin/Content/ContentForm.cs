using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Admin.Editors;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Admin.Content;

/// <summary>
/// The content form of any type, generated from its definition: one editor per part and per field, in the order of
/// the positions in the definition. Binds a submitted form back into the item's JSON.
/// </summary>
public sealed class ContentForm(IEnumerable<IContentEditor> editors, ContentDefinitionManager definitions, SiteSettingsManager settings)
{
    /// <summary>Parts that carry nothing to edit, or that other pages edit (menus, a taxonomy's terms).</summary>
    private static readonly HashSet<string> SilentParts = new(StringComparer.OrdinalIgnoreCase) { "MenuPart", "MenuItemsListPart", "TaxonomyPart", "ContainedPart", "ListPart", "CommonPart" };

    private readonly Dictionary<string, IContentEditor> byKind = editors.ToDictionary(e => e.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>The editors of the item's type, with the item's current values, prepared for display.</summary>
    public async Task<IReadOnlyList<EditorSlot>> BuildAsync(ContentItem item)
    {
        var document = await definitions.GetAsync();
        var type = document.Type(item.ContentType) ?? throw new InvalidOperationException($"Loại nội dung '{item.ContentType}' chưa được định nghĩa.");
        var slots = new List<EditorSlot>();
        foreach (var typePart in type.OrderedParts())
        {
            var partJson = item.Part(typePart.Name);
            if (byKind.TryGetValue(typePart.PartName, out var partEditor) && partEditor.PartProperty is { } property)
            {
                var common = typePart.Settings["ContentTypePartSettings"] as JsonObject;
                slots.Add(new EditorSlot
                {
                    Key = $"{typePart.Name}.{property}",
                    Kind = partEditor.Kind,
                    PartName = typePart.Name,
                    Label = common?["DisplayName"]?.ToString() is { Length: > 0 } label ? label : partEditor.DefaultLabel,
                    Hint = common?["Description"]?.ToString(),
                    Editor = common?["Editor"]?.ToString(),
                    Settings = Copy(typePart.SettingsOf(typePart.PartName + "Settings")),
                    Value = Copy(partJson),
                });
            }
            else if (document.Part(typePart.PartName) is not { Fields.Count: > 0 } && !SilentParts.Contains(typePart.PartName) && partJson is { Count: > 0 })
            {
                slots.Add(Unsupported($"{typePart.Name}", typePart.Name, null, typePart.PartName, partJson));
            }

            foreach (var field in document.Part(typePart.PartName)?.OrderedFields() ?? [])
            {
                var value = partJson?[field.Name] as JsonObject;
                if (!byKind.TryGetValue(field.FieldName, out var editor))
                {
                    slots.Add(Unsupported($"{typePart.Name}.{field.Name}", typePart.Name, field.Name, field.DisplayName, value));
                    continue;
                }

                slots.Add(new EditorSlot
                {
                    Key = $"{typePart.Name}.{field.Name}",
                    Kind = editor.Kind,
                    PartName = typePart.Name,
                    FieldName = field.Name,
                    Label = field.DisplayName,
                    Hint = field.Hint,
                    Required = field.Required,
                    Editor = field.Editor,
                    Settings = Copy(field.KindSettings),
                    Value = Copy(value),
                });
            }
        }

        foreach (var slot in slots)
        {
            await Editor(slot).PrepareAsync(slot);
        }

        return slots;
    }

    /// <summary>Writes the submitted values into the item; returns the input errors found (unreadable numbers, dates...).</summary>
    public async Task<IReadOnlyList<ContentError>> BindAsync(ContentItem item, IFormCollection form)
    {
        var context = new EditorContext(VietnameseDates.FindTimeZone((await settings.GetAsync()).TimeZoneId));
        foreach (var slot in await BuildAsync(item))
        {
            var part = item.GetOrCreatePart(slot.PartName);
            JsonObject target;
            if (slot.FieldName is null)
            {
                target = part;
            }
            else if (part[slot.FieldName] is JsonObject existing)
            {
                target = existing;
            }
            else
            {
                target = [];
                part[slot.FieldName] = target;
            }

            Editor(slot).Bind(slot, form, target, context);
        }

        return context.Errors;
    }

    /// <summary>Puts each error beside its editor; returns the errors that belong to no editor (shown at the top).</summary>
    public static List<ContentError> AttachErrors(IReadOnlyList<EditorSlot> slots, IEnumerable<ContentError> errors)
    {
        var unmatched = new List<ContentError>();
        foreach (var error in errors)
        {
            var slot = slots.FirstOrDefault(s => string.Equals(error.Key, s.Key, StringComparison.OrdinalIgnoreCase))
                ?? slots.FirstOrDefault(s => s.FieldName is not null && string.Equals(error.Key, $"{s.PartName}.{s.FieldName}", StringComparison.OrdinalIgnoreCase))
                ?? slots.FirstOrDefault(s => error.Key.StartsWith(s.Key + ".", StringComparison.OrdinalIgnoreCase));
            if (slot is null)
            {
                unmatched.Add(error);
            }
            else if (!slot.Errors.Contains(error.Message))
            {
                slot.Errors.Add(error.Message);
            }
        }

        return unmatched;
    }

    private IContentEditor Editor(EditorSlot slot) => byKind.GetValueOrDefault(slot.Kind) ?? byKind["Unsupported"];

    private static EditorSlot Unsupported(string key, string part, string? field, string label, JsonObject? value) => new()
    {
        Key = key,
        Kind = "Unsupported",
        PartName = part,
        FieldName = field,
        Label = label,
        Value = Copy(value),
    };

    private static JsonObject Copy(JsonObject? json) => json?.DeepClone() as JsonObject ?? [];
}
