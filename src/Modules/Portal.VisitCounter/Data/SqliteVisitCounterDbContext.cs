using Microsoft.EntityFrameworkCore;

namespace Portal.VisitCounter.Data;

/// <summary>The visit counter's tables on SQLite; owns the SQLite migrations.</summary>
public sealed class SqliteVisitCounterDbContext(DbContextOptions<SqliteVisitCounterDbContext> options) : VisitCounterDbContext(options);
