using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content.Definitions;
using Portal.Core.Data;

namespace Portal.Admin.Editors;

/// <summary>
/// Other items, chosen from a searchable list (limited to the types in <c>DisplayedContentTypes</c>). Ids that are
/// not items of those types are refused, so a forged form cannot link to anything else.
/// </summary>
public sealed class ContentPickerFieldEditor(PortalDbContext db) : IContentEditor
{
    public string Kind => "ContentPickerField";

    public async Task PrepareAsync(EditorSlot slot)
    {
        var ids = (slot.Value["ContentItemIds"] as JsonArray ?? []).Select(n => n?.ToString()).OfType<string>().ToList();
        var found = await db.ContentItems.AsNoTracking().Where(r => r.Latest && ids.Contains(r.ContentItemId))
            .Select(r => new PickedItem(r.ContentItemId, r.DisplayText, r.ContentType, r.Published)).ToListAsync();
        slot.Data = ids.Select(id => found.FirstOrDefault(f => f.ContentItemId == id) ?? new PickedItem(id, "(không tìm thấy)", "", false)).ToList();
    }

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (!form.ContainsKey(slot.Input("Present")))
        {
            return;
        }

        var ids = FormValues.All(form, slot.Input("ContentItemIds")).Distinct().ToList();
        var types = Types(slot);
        var valid = db.ContentItems.AsNoTracking()
            .Where(r => r.Latest && ids.Contains(r.ContentItemId) && (types.Count == 0 || types.Contains(r.ContentType)))
            .Select(r => r.ContentItemId).ToHashSet();
        if (ids.Any(id => !valid.Contains(id)))
        {
            context.AddError(slot, $"{slot.Label}: có mục được chọn không tồn tại hoặc không thuộc loại cho phép.");
        }

        if (!DefinitionSettings.IsTrue(slot.Settings["Multiple"]) && ids.Count > 1)
        {
            context.AddError(slot, $"{slot.Label}: chỉ chọn được một mục.");
        }

        target["ContentItemIds"] = new JsonArray(ids.Where(valid.Contains).Select(id => (JsonNode)JsonValue.Create(id)).ToArray());
    }

    /// <summary>The types the picker offers; empty means any listable type.</summary>
    public static List<string> Types(EditorSlot slot) =>
        (slot.Settings["DisplayedContentTypes"] as JsonArray ?? []).Select(n => n?.ToString()).OfType<string>().Where(s => s.Length > 0).ToList();
}
