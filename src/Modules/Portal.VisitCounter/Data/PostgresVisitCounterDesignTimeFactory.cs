using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.VisitCounter.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
public sealed class PostgresVisitCounterDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVisitCounterDbContext>
{
    public PostgresVisitCounterDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVisitCounterDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(VisitCounterDbContext.MigrationsHistoryTable))
            .Options);
}
