using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Search.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
public sealed class PostgresSearchDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSearchDbContext>
{
    public PostgresSearchDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSearchDbContext>().UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(SearchMigrations.HistoryTable)).Options);
}
