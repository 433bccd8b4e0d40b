using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Documents;
using Portal.Core.Modules;
using Portal.Core.Options;
using Portal.Core.Recipes;
using System.Text.Json.Nodes;

namespace Portal.Core.Setup;

/// <summary>
/// Sets up an empty database once: runs the setup recipe and creates the first administrator in one
/// transaction. Two nodes starting together on one database do not both set up (a database lock, then a check).
/// </summary>
public sealed class SetupService(
    PortalDbContext db,
    RecipeExecutor executor,
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    DocumentStore documents,
    SetupOptions options,
    PortalEnvironment environment,
    TimeProvider clock,
    ILogger<SetupService> logger)
{
    public const string DocumentId = "Setup";

    /// <summary>The roles every site has.</summary>
    public static readonly string[] Roles = ["Administrator", "Editor", "Author"];

    /// <summary>True when this database has been set up.</summary>
    public Task<bool> IsSetUpAsync(CancellationToken cancellationToken = default) =>
        db.Documents.AsNoTracking().AnyAsync(d => d.Id == DocumentId, cancellationToken);

    /// <summary>Sets the site up if nobody has; returns the report of the setup recipe, or null when already set up.</summary>
    public async Task<RecipeReport?> SetupIfNeededAsync(CancellationToken cancellationToken = default)
    {
        if (await IsSetUpAsync(cancellationToken))
        {
            return null;
        }

        var recipePath = Path.IsPathRooted(options.Recipe) ? options.Recipe : Path.Combine(environment.ContentRootPath, options.Recipe);
        var recipe = RecipeReader.ReadFile(recipePath);
        var password = string.IsNullOrEmpty(options.AdminPassword) ? GeneratePassword() : options.AdminPassword;
        var admin = new PortalUser
        {
            Id = Guid.NewGuid().ToString("N"),
            UserName = options.AdminUserName,
            Email = options.AdminEmail,
            DisplayName = "Quản trị",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            EmailConfirmed = true,
        };
        var alreadyDone = false;
        var report = await executor.RunAsync(recipe, new RecipeRunOptions
        {
            Parameters = new(StringComparer.OrdinalIgnoreCase)
            {
                ["AdminUserId"] = admin.Id,
                ["AdminUsername"] = admin.UserName,
                ["SiteName"] = recipe.DisplayName,
            },
        }, new RecipeHooks
        {
            BeforeApply = async () =>
            {
                await LockAsync(cancellationToken);
                alreadyDone = await IsSetUpAsync(cancellationToken);
                return !alreadyDone;
            },
            BeforeCommit = () => CreateAdministratorAsync(admin, password),
        }, cancellationToken);

        if (!report.Succeeded)
        {
            throw new RecipeException(report.Errors);
        }

        if (alreadyDone)
        {
            logger.LogInformation("Another node set the site up meanwhile");
            return null;
        }

        logger.LogInformation("Site set up from {Recipe}; administrator {UserName} created", recipe.FileName, admin.UserName);
        if (string.IsNullOrEmpty(options.AdminPassword))
        {
            // Printed once to the console only: never to a log file.
            Console.WriteLine($"Tài khoản quản trị: {admin.UserName} / mật khẩu: {password}  (hãy đổi mật khẩu sau khi đăng nhập)");
        }

        return report;
    }

    private async Task CreateAdministratorAsync(PortalUser admin, string password)
    {
        foreach (var role in Roles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, "Administrator"));
        await documents.SaveAsync(DocumentId, new JsonObject { ["SetupUtc"] = clock.GetUtcNow().UtcDateTime, ["Administrator"] = admin.UserName });
    }

    private async Task LockAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // Held until the transaction ends; a second node waits here, then finds the site set up.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7243001)", cancellationToken);
        }

        // SQLite: the import's transaction began with BEGIN IMMEDIATE, which already serialises writers.
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Không tạo được tài khoản quản trị: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>20 characters with upper and lower case letters, digits and symbols.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!@#$%*-_+=";
        var all = lower + upper + digits + symbols;
        var chars = new List<char>
        {
            lower[RandomNumberGenerator.GetInt32(lower.Length)],
            upper[RandomNumberGenerator.GetInt32(upper.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)],
            symbols[RandomNumberGenerator.GetInt32(symbols.Length)],
        };
        while (chars.Count < 20)
        {
            chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        }

        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(1000)).ToArray());
    }
}
