namespace Portal.Core.Modules;

/// <summary>Where the application and its data live, resolved once at start-up.</summary>
/// <param name="ContentRootPath">The application folder: themes/ and recipes/ are here.</param>
/// <param name="AppDataPath">The data folder (database, logs, media).</param>
public sealed record PortalEnvironment(string ContentRootPath, string AppDataPath);
