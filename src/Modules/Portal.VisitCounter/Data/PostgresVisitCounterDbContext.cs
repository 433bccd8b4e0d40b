using Microsoft.EntityFrameworkCore;

namespace Portal.VisitCounter.Data;

/// <summary>The visit counter's tables on PostgreSQL; owns the PostgreSQL migrations.</summary>
public sealed class PostgresVisitCounterDbContext(DbContextOptions<PostgresVisitCounterDbContext> options) : VisitCounterDbContext(options);
