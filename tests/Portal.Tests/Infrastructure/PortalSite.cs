using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real site (Program) on a database of its own, set up by a recipe on first use. Tests talk to it over
/// the in-memory test server or use its services directly.
/// </summary>
public sealed class PortalSite : WebApplicationFactory<Program>
{
    public const string AdminPassword = "mat-khau-quan-tri-2026";

    private readonly Dictionary<string, string?> settings;

    public PortalSite(TestDatabase database, string? setupRecipe = null, IDictionary<string, string?>? settings = null)
    {
        Database = database;
        this.settings = new Dictionary<string, string?>
        {
            ["Portal:AppDataPath"] = database.AppDataPath,
            ["Portal:Database:Provider"] = database.Provider.ToString(),
            ["Portal:Database:ConnectionString"] = database.ConnectionString ?? "",
            ["Portal:Setup:AdminPassword"] = AdminPassword,
        };
        if (setupRecipe is not null)
        {
            this.settings["Portal:Setup:Recipe"] = setupRecipe;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    /// <summary>Runs code in a fresh service scope of the running site.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Runs code in a fresh service scope of the running site.</summary>
    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>A new context on the site's database, for asserting what is stored.</summary>
    public PortalDbContext OpenDb() => Services.GetRequiredService<PortalContextFactory<PortalDbContext>>().Create();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
