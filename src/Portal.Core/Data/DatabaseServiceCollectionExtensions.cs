using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Data;

/// <summary>Registers a context with one implementation (and one set of migrations) per provider.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> as a scoped service implemented by <typeparamref name="TSqlite"/>
    /// or <typeparamref name="TPostgres"/>, a <see cref="PortalContextFactory{TContext}"/>, and its migrations.
    /// </summary>
    public static IServiceCollection AddPortalDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, string migrationsHistoryTable)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        var registration = new ContextRegistration<TContext>(typeof(TSqlite), typeof(TPostgres), migrationsHistoryTable);
        services.AddSingleton(registration);
        services.AddSingleton<IMigratedContext>(registration);
        services.AddSingleton<PortalContextFactory<TContext>>();
        services.AddScoped(sp => sp.GetRequiredService<PortalContextFactory<TContext>>().Create());
        return services;
    }
}
