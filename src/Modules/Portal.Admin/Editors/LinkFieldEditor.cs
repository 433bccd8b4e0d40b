using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>A link: address, text, and whether it opens in a new tab. Only web, mail and phone links, or paths of this site, are accepted.</summary>
public sealed class LinkFieldEditor : IContentEditor
{
    public string Kind => "LinkField";

    public void Bind(EditorSlot slot, IFormCollection form, JsonObject target, EditorContext context)
    {
        if (FormValues.Text(form, slot.Input("Url")) is not { } url)
        {
            return;
        }

        url = url.Trim();
        if (url.Length > 0 && !IsSafe(url))
        {
            context.AddError(slot, $"{slot.Label}: địa chỉ phải bắt đầu bằng http://, https://, mailto:, tel: hoặc / (một trang của website).");
        }

        target["Url"] = url.Length == 0 ? null : url;
        target["Text"] = FormValues.Text(form, slot.Input("Text"))?.Trim() is { Length: > 0 } text ? text : null;
        target["Target"] = FormValues.Checked(form, slot.Input("NewTab")) ? "_blank" : null;
    }

    /// <summary>True for http(s), mailto and tel addresses and for site paths ("/..." or "~/...").</summary>
    public static bool IsSafe(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) || url.StartsWith("~/", StringComparison.Ordinal) ||
        (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel");
}
