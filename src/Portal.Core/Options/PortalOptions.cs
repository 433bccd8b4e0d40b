namespace Portal.Core.Options;

/// <summary>The <c>Portal</c> configuration section (also settable as <c>Portal__...</c> environment variables).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The folder for the database, logs and media; relative paths are resolved against the content root.</summary>
    public string AppDataPath { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    public SetupOptions Setup { get; set; } = new();

    /// <summary>Memory for rendered public pages (the output cache), in megabytes.</summary>
    public int OutputCacheMegabytes { get; set; } = 48;
}
