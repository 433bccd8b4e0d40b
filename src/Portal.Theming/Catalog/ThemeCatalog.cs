using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Portal.Core.Json;
using Portal.Core.Modules;
using Portal.Core.Themes;

namespace Portal.Theming.Catalog;

/// <summary>The themes found under <c>&lt;content root&gt;/themes</c> at start-up.</summary>
public sealed class ThemeCatalog : IThemeCatalog
{
    public const string FallbackTheme = "LienHiepHoi";

    private readonly Dictionary<string, ThemeDescriptor> themes = new(StringComparer.OrdinalIgnoreCase);

    public ThemeCatalog(PortalEnvironment environment, ILogger<ThemeCatalog> logger)
    {
        ThemesPath = Path.Combine(environment.ContentRootPath, "themes");
        if (!Directory.Exists(ThemesPath))
        {
            logger.LogWarning("No themes folder at {Path}", ThemesPath);
            return;
        }

        foreach (var folder in Directory.GetDirectories(ThemesPath))
        {
            var manifest = Path.Combine(folder, "theme.json");
            if (!File.Exists(manifest))
            {
                continue;
            }

            try
            {
                var json = JsonNode.Parse(File.ReadAllText(manifest), documentOptions: DuplicateProperties.Refused(new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })) as JsonObject ?? [];
                var name = Path.GetFileName(folder);
                var zones = (json.GetIgnoreCase("zones") as JsonArray ?? []).Select(z => z?.ToString()).OfType<string>().ToList();
                themes[name] = new ThemeDescriptor(name, json.GetString("name") ?? name, json.GetString("description"), zones, folder,
                    json.GetString("icon")?.TrimStart('/'));
            }
            catch (JsonException ex)
            {
                logger.LogError(ex, "Theme manifest {Manifest} is not valid JSON; the theme is ignored", manifest);
            }
        }
    }

    /// <summary>The folder the themes live in.</summary>
    public string ThemesPath { get; }

    public IReadOnlyCollection<ThemeDescriptor> All => themes.Values;

    public string DefaultTheme => themes.ContainsKey(FallbackTheme) ? FallbackTheme : themes.Keys.Order().FirstOrDefault() ?? FallbackTheme;

    public bool Exists(string name) => themes.ContainsKey(name);

    /// <summary>The named theme, or the default one when it is not installed.</summary>
    public ThemeDescriptor? Get(string? name) =>
        (name is not null && themes.TryGetValue(name, out var theme)) || themes.TryGetValue(DefaultTheme, out theme) ? theme : null;
}
