using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Data;

/// <summary>The core store on SQLite; owns the SQLite migrations.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);
