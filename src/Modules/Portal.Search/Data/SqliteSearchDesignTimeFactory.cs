using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Search.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without starting the site.</summary>
public sealed class SqliteSearchDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSearchDbContext>
{
    public SqliteSearchDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSearchDbContext>().UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(SearchMigrations.HistoryTable)).Options);
}
