using Microsoft.AspNetCore.Http;

namespace Portal.Admin.Editors;

/// <summary>Reading submitted values the same way in every editor.</summary>
public static class FormValues
{
    /// <summary>The submitted text with line endings made "\n", or null when the input was not sent.</summary>
    public static string? Text(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) ? (values.ToString() ?? "").Replace("\r\n", "\n") : null;

    /// <summary>Every non-empty value submitted under the name, in order.</summary>
    public static List<string> All(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList() : [];

    /// <summary>True when a checkbox of that name was checked ("true"/"on").</summary>
    public static bool Checked(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && values.Any(v => v is "true" or "on" or "True");
}
