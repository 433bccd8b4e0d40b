using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.VisitCounter.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without starting the site.</summary>
public sealed class SqliteVisitCounterDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVisitCounterDbContext>
{
    public SqliteVisitCounterDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVisitCounterDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(VisitCounterDbContext.MigrationsHistoryTable))
            .Options);
}
