using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;

namespace Portal.Admin.Editors;

/// <summary>Terms of the taxonomy named in <c>TaxonomyFieldSettings.TaxonomyContentItemId</c>: one (radio buttons) when Unique, else several.</summary>
public sealed class TaxonomyFieldEditor(IContentManager contents) : IContentEditor
{
    public string Kind => "TaxonomyField";

    public async Task PrepareAsync(EditorSlot slot) => slot.Data = await TermsAsync(slot);

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (!form.ContainsKey(slot.Input("Present")))
        {
            return;
        }

        var chosen = FormValues.All(form, slot.Input("TermContentItemIds")).Distinct().ToList();
        var terms = (slot.Data as List<TermChoice>) ?? [];
        var known = terms.Select(t => t.ContentItemId).ToHashSet();
        if (chosen.Any(id => !known.Contains(id)))
        {
            context.AddError(slot, $"{slot.Label}: có chuyên mục được chọn không tồn tại.");
        }

        if (IsUnique(slot) && chosen.Count > 1)
        {
            context.AddError(slot, $"{slot.Label}: chỉ chọn được một mục.");
        }

        // No term chosen leaves the field empty (not just the taxonomy id), so a Required field is reported empty.
        target["TaxonomyContentItemId"] = chosen.Count == 0 ? null : TaxonomyId(slot);
        target["TermContentItemIds"] = new JsonArray(chosen.Where(known.Contains).Select(id => (JsonNode)JsonValue.Create(id)).ToArray());
    }

    public static bool IsUnique(EditorSlot slot) => DefinitionSettings.IsTrue(slot.Settings["Unique"]);

    public static string? TaxonomyId(EditorSlot slot) => slot.Settings["TaxonomyContentItemId"]?.ToString();

    private async Task<List<TermChoice>> TermsAsync(EditorSlot slot) =>
        TaxonomyId(slot) is { Length: > 0 } id ? TaxonomyTerms.Flatten(await contents.GetAsync(id, VersionOptions.Latest)) : [];
}
