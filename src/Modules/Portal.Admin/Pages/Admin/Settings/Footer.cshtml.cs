using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Settings;
using Portal.Admin.Security;
using Portal.Core.Settings;

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
        var values = new Dictionary<string, string>();
        foreach (var key in posted.Keys.Where(k => k.StartsWith("Footer.", StringComparison.Ordinal)))
        {
            var value = posted[key].ToString().Replace("\r\n", "\n").Trim();
            if (value.Length > MaxLength)
            {
                Error = $"Mỗi dòng chân trang tối đa {MaxLength} ký tự.";
                await LoadAsync();
                return Page();
            }

            values[key["Footer.".Length..]] = value;
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
                footer[key] = key == "Lines"
                    ? new JsonArray(value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => (JsonNode)JsonValue.Create(l)).ToArray())
                    : value;
            }
        });
        return Redirect("/admin/settings/footer?saved=true");
    }

    private async Task LoadAsync()
    {
        var footer = (await settings.GetAsync()).Section("FooterSettings") ?? [];
        foreach (var (key, label, multiline) in FooterFields.Known)
        {
            Fields.Add((key, label, multiline, Read(footer[key])));
        }

        foreach (var (key, value) in footer.Where(p => !FooterFields.Known.Any(k => k.Key == p.Key) && p.Value is JsonValue or JsonArray))
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
