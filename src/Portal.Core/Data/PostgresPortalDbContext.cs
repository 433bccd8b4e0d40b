using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Data;

/// <summary>The core store on PostgreSQL; owns the PostgreSQL migrations.</summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
