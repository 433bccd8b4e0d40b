namespace Portal.Core.Options;

/// <summary>Which database the site uses.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (the embedded default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Empty for SQLite means the file <c>&lt;AppDataPath&gt;/portal.db</c>.</summary>
    public string? ConnectionString { get; set; }
}
