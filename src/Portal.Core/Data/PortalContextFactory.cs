using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Core.Data;

/// <summary>
/// Creates a context of type <typeparamref name="TContext"/> for the configured provider, either on its own
/// connection (singletons, background services) or joined to another context's connection and transaction
/// (a recipe import that spans the core's and a module's tables).
/// </summary>
public sealed class PortalContextFactory<TContext>
    where TContext : DbContext
{
    /// <summary>Contexts kept for reading: more than the requests a small server serves at once.</summary>
    private const int ReadPoolSize = 64;

    private readonly PortalDatabase database;
    private readonly ContextRegistration<TContext> registration;
    private readonly Type implementation;
    private readonly Func<DbContextOptions, TContext> construct;

    // Built once: a context on its own connection is created on every cache miss of a page, and EF looks its
    // internal services up by these options (rebuilding them each time cost more than the query).
    private readonly Lazy<DbContextOptions> ownConnectionOptions;

    private readonly Lazy<Func<TContext>> fromReadPool;

    public PortalContextFactory(PortalDatabase database, ContextRegistration<TContext> registration)
    {
        this.database = database;
        this.registration = registration;
        implementation = registration.ImplementationFor(database.Provider);
        var options = Expression.Parameter(typeof(DbContextOptions));
        var constructor = implementation.GetConstructors().Single();
        var parameterType = constructor.GetParameters().Single().ParameterType;
        construct = Expression.Lambda<Func<DbContextOptions, TContext>>(
            Expression.Convert(Expression.New(constructor, Expression.Convert(options, parameterType)), typeof(TContext)), options).Compile();
        ownConnectionOptions = new Lazy<DbContextOptions>(() => BuildOptions(connection: null));
        fromReadPool = new Lazy<Func<TContext>>(CreateReadPool);
    }

    /// <summary>A new context with its own connection.</summary>
    public TContext Create() => construct(ownConnectionOptions.Value);

    /// <summary>
    /// A context with its own connection, taken from a pool (disposing it gives it back), for reads that neither track
    /// nor open a transaction: a page's item, list and search queries, where setting up a new context's services cost
    /// about as much as the query (random article pages ~20 % faster). EF resets a pooled context; writers keep
    /// <see cref="Create"/> all the same, so nothing they set on a context can ever carry over.
    /// </summary>
    public TContext CreateForReading() => fromReadPool.Value();

    /// <summary>A new context on the same connection and transaction as <paramref name="other"/>.</summary>
    public TContext CreateJoined(DbContext other)
    {
        var context = construct(BuildOptions(other.Database.GetDbConnection()));
        if (other.Database.CurrentTransaction is { } transaction)
        {
            context.Database.UseTransaction(transaction.GetDbTransaction());
        }

        return context;
    }

    private Func<TContext> CreateReadPool()
    {
        var poolType = typeof(PooledDbContextFactory<>).MakeGenericType(implementation);
        var pool = Activator.CreateInstance(poolType, ownConnectionOptions.Value, ReadPoolSize)!;
        var create = poolType.GetMethod(nameof(IDbContextFactory<DbContext>.CreateDbContext), Type.EmptyTypes)!;
        return Expression.Lambda<Func<TContext>>(Expression.Convert(Expression.Call(Expression.Constant(pool), create), typeof(TContext))).Compile();
    }

    private DbContextOptions BuildOptions(DbConnection? connection)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(implementation))!;
        database.Configure(builder, registration.MigrationsHistoryTable, connection);
        return builder.Options;
    }
}
