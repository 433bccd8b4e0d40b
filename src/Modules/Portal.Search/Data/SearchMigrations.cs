namespace Portal.Search.Data;

/// <summary>Where the search module's migration history is kept (apart from the core's).</summary>
public static class SearchMigrations
{
    public const string HistoryTable = "__SearchMigrations";
}
