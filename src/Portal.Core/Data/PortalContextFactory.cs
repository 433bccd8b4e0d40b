using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Core.Data;

/// <summary>
/// Creates a context of type <typeparamref name="TContext"/> for the configured provider, either on its own
/// connection (singletons, background services) or joined to another context's connection and transaction
/// (a recipe import that spans the core's and a module's tables).
/// </summary>
public sealed class PortalContextFactory<TContext>(PortalDatabase database, ContextRegistration<TContext> registration)
    where TContext : DbContext
{
    /// <summary>A new context with its own connection.</summary>
    public TContext Create() => Create(connection: null);

    /// <summary>A new context on the same connection and transaction as <paramref name="other"/>.</summary>
    public TContext CreateJoined(DbContext other)
    {
        var context = Create(other.Database.GetDbConnection());
        if (other.Database.CurrentTransaction is { } transaction)
        {
            context.Database.UseTransaction(transaction.GetDbTransaction());
        }

        return context;
    }

    private TContext Create(DbConnection? connection)
    {
        var implementation = registration.ImplementationFor(database.Provider);
        var builderType = typeof(DbContextOptionsBuilder<>).MakeGenericType(implementation);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(builderType)!;
        database.Configure(builder, registration.MigrationsHistoryTable, connection);
        return (TContext)Activator.CreateInstance(implementation, builder.Options)!;
    }
}
