using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Settings;
using Portal.Admin.Security;
using Portal.Core.Settings;
using Portal.Core.Text;

namespace Portal.Admin.Pages.Admin.Settings;

/// <summary>The footer lines (the FooterSettings section of the site settings): operator, person responsible, address, phone, email...</summary>
[Authorize(Policy = AdminPermissions.ManageFooter)]
public sealed class FooterModel(SiteSettingsManager settings, SettingsWriter writer) : PageModel
{
    private const int MaxLength = 2000;

    public List<(string Key, string Label, bool Multiline, string Value)> Fields { get; } = [];
    public bool Saved { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(bool saved)
    {
        Saved = saved;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var posted = Request.Form;
        var values = posted.Keys.Where(k => k.StartsWith("Footer.", StringComparison.Ordinal))
            .ToDictionary(k => k["Footer.".Length..], k => posted[k].ToString().Replace("\r\n", "\n").Trim());
        if (values.FirstOrDefault(v => v.Value.Length > MaxLength) is { Key: not null } tooLong)
        {
            // Nothing is saved, and the form comes back as typed: the admin shortens one line, not retypes them all.
            await LoadAsync();
            for (var i = 0; i < Fields.Count; i++)
            {
                if (values.TryGetValue(Fields[i].Key, out var typed))
                {
                    Fields[i] = Fields[i] with { Value = typed };
                }
            }

            var label = Fields.FirstOrDefault(f => f.Key == tooLong.Key).Label ?? tooLong.Key;
            Error = $"“{label}” dài {VietnameseDates.FormatNumber(tooLong.Value.Length)} ký tự; mỗi dòng chân trang tối đa {VietnameseDates.FormatNumber(MaxLength)} ký tự.";
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        await writer.SaveAsync(json =>
        {
            if (json["FooterSettings"] is not JsonObject footer)
            {
                footer = [];
                json["FooterSettings"] = footer;
            }

            foreach (var (key, value) in values)
            {
                if (value.Length == 0)
                {
                    // An emptied line is gone from the site, not shown as a bare label ("Email: ").
                    footer.Remove(key);
                    continue;
                }

                footer[key] = key == "Lines"
                    ? new JsonArray(value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => (JsonNode)JsonValue.Create(l)).ToArray())
                    : value;
            }

            // A former key the form did not offer on its own was shown in its known field, and is saved there now.
            foreach (var (former, known) in FooterFields.FormerKeys)
            {
                if (!values.ContainsKey(former) && values.ContainsKey(known))
                {
                    footer.Remove(former);
                }
            }
        });
        return Redirect("/admin/settings/footer?saved=true");
    }

    private async Task LoadAsync()
    {
        var footer = (await settings.GetAsync()).Section("FooterSettings") ?? [];
        var shownInKnownField = new HashSet<string>();
        foreach (var (key, label, multiline) in FooterFields.Known)
        {
            var value = Read(footer[key]);
            foreach (var (former, _) in FooterFields.FormerKeys.Where(f => f.Value == key))
            {
                var formerValue = Read(footer[former]);
                if (value.Length == 0 || value == formerValue)
                {
                    value = value.Length == 0 ? formerValue : value;
                    shownInKnownField.Add(former);
                }
            }

            Fields.Add((key, label, multiline, value));
        }

        // A former key whose value differs from its known field's stays on its own, so the admin can choose.
        foreach (var (key, value) in footer.Where(p => !FooterFields.IsKnown(p.Key) && !shownInKnownField.Contains(p.Key) && p.Value is JsonValue or JsonArray))
        {
            Fields.Add((key, key, value is JsonArray, Read(value)));
        }
    }

    private static string Read(JsonNode? node) => node switch
    {
        JsonArray lines => string.Join("\n", lines.Select(l => l?.ToString())),
        null => "",
        _ => node.ToString(),
    };
}
