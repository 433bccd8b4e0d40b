using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use: the one named by <c>PORTAL_TEST_POSTGRES</c> (CI starts it), or else a
/// throwaway server this process starts with initdb/pg_ctl in a temporary folder and stops when it exits.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "PORTAL_TEST_POSTGRES";

    private static readonly Lazy<string> Admin = new(StartOrFind, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to the server's maintenance database.</summary>
    public static string AdminConnectionString => Admin.Value;

    /// <summary>Creates an empty database for one test and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "portal_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ToString();
    }

    /// <summary>Drops a test database (connections from pools are closed first).</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static string StartOrFind()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException($"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb) and {EnvironmentVariable} is not set.");
        var folder = Directory.CreateTempSubdirectory("portal-pg-").FullName;
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", $"-R postgres {folder}");
        }

        RunAs(asRoot, Path.Combine(bin, "initdb"), $"-D {data} -A trust -U postgres -E UTF8 --no-sync");
        RunAs(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {data} -l {folder}/server.log -w -o \"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAs(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {data} -m immediate stop");
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception)
            {
                // The process is ending; a leftover temporary folder is harmless.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAs(bool asRoot, string program, string arguments)
    {
        if (asRoot)
        {
            Run("runuser", $"-u postgres -- {program} {arguments}");
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }
}
