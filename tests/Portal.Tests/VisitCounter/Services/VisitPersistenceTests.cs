using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Core.Data;
using Portal.Tests.Infrastructure;
using Portal.Tests.VisitCounter.Infrastructure;

namespace Portal.Tests.VisitCounter.Services;

public sealed class VisitPersistenceTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task GracefulRestart_UnflushedCountsAreWrittenAtShutdown_NothingChanges(string provider)
    {
        using var database = TestDatabase.Create(provider);
        ApiVisitCounts beforeStop;
        await using (var first = VisitTestSite.Start(database))
        {
            await first.FlushAsync();
            for (var visitor = 1; visitor <= 10; visitor++)
            {
                for (var view = 0; view < 3; view++)
                {
                    await first.VisitAsync("/gioi-thieu", Browsers.SafariIphone, $"192.0.2.{visitor}");
                }
            }

            // Not flushed by hand: the shutdown must write them.
            beforeStop = await first.ApiAsync();
        }

        await using var second = VisitTestSite.Start(database);
        var afterRestart = await second.ApiAsync();

        Assert.Equal(0, beforeStop.Today);
        Assert.Equal((10L, 30L, 58716L + 10), (afterRestart.Today, afterRestart.PageViewsToday, afterRestart.Total));
        // The restart is not a second setup: the total was not carried over twice.
        await second.FlushAsync();
        Assert.Equal(afterRestart.Total, (await second.ApiAsync()).Total);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoNodesOneDatabase_SharedVisitorCountsOnce_OnlineIsTheUnion(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var nodeA = VisitTestSite.Start(database);
        await using var nodeB = VisitTestSite.Start(database);

        await nodeA.VisitAsync("/", Browsers.CocCoc, "203.0.113.50");
        await nodeB.VisitAsync("/gioi-thieu", Browsers.CocCoc, "203.0.113.50");
        await nodeA.VisitAsync("/", Browsers.ZaloInApp, "203.0.113.51");
        await nodeB.VisitAsync("/", Browsers.FirefoxLinux, "203.0.113.52");
        await nodeA.FlushAsync();
        await nodeB.FlushAsync();
        var a = await nodeA.FlushAsync();
        var b = await nodeB.FlushAsync();

        Assert.Equal((3L, 4L, 58716L + 3, 3L), (a.Today, a.PageViewsToday, a.Total, a.Online));
        Assert.Equal((a.Today, a.PageViewsToday, a.Total, a.Online), (b.Today, b.PageViewsToday, b.Total, b.Online));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task TwoNodesUnderParallelLoad_FortySharedVisitors_CountFortyAndEveryPageView(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var nodeA = VisitTestSite.Start(database);
        await using var nodeB = VisitTestSite.Start(database);
        var before = await nodeA.FlushAsync();
        using var stop = new CancellationTokenSource();
        var flushers = new[] { nodeA, nodeB }.Select(node => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await node.FlushAsync();
            }
        })).ToList();

        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var node = i % 2 == 0 ? nodeA : nodeB;
            await node.VisitAsync("/", Browsers.Visitor(i % 40), "198.51.100.9");
        });
        await stop.CancelAsync();
        await Task.WhenAll(flushers);
        await nodeA.FlushAsync();
        await nodeB.FlushAsync();
        var after = await nodeA.FlushAsync();

        Assert.Equal(before.Today + 40, after.Today);
        Assert.Equal(before.PageViewsToday + 1000, after.PageViewsToday);
        Assert.Equal(before.Total + 40, after.Total);
        Assert.Equal(40, after.Online);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Database_HoldsNoAddressOrUserAgent(string provider)
    {
        const string address = "203.0.113.77";
        const string userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 PrivacyProbe/9.4";
        using var database = TestDatabase.Create(provider);
        await using (var site = VisitTestSite.Start(database))
        {
            await site.VisitAsync("/", userAgent, address);
            await site.VisitAsync("/gioi-thieu", userAgent, address);
            var counts = await site.FlushAsync();
            Assert.Equal(1, counts.Today);
        }

        string[] needles = [address, userAgent, "PrivacyProbe"];
        var found = database.Provider == DatabaseProvider.Sqlite
            ? await SqliteTextColumnsContainingAsync(database.SqliteFile, needles)
            : await PostgresColumnsContainingAsync(database.ConnectionString!, needles);
        Assert.Empty(found);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            foreach (var file in Directory.GetFiles(database.AppDataPath, "portal.db*"))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                Assert.DoesNotContain(needles, n => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(n)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(n)) >= 0);
            }
        }

        foreach (var log in Directory.GetFiles(Path.Combine(database.AppDataPath, "logs")))
        {
            var text = await File.ReadAllTextAsync(log);
            Assert.DoesNotContain(needles, text.Contains);
        }
    }

    /// <summary>"table.column" for every text or blob value of every table that contains one of the needles.</summary>
    private static async Task<List<string>> SqliteTextColumnsContainingAsync(string file, string[] needles)
    {
        var found = new List<string>();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = reader.GetValue(i) switch
                    {
                        string s => s,
                        byte[] b => Encoding.UTF8.GetString(b),
                        _ => null,
                    };
                    if (text is not null && needles.Any(text.Contains))
                    {
                        found.Add($"{table}.{reader.GetName(i)}");
                    }
                }
            }
        }

        return found;
    }

    private static async Task<List<string>> PostgresColumnsContainingAsync(string connectionString, string[] needles)
    {
        var found = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column, string Type)>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' " +
            "AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')", connection))
        {
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        Assert.Contains(columns, c => c.Table == "VisitDailyVisitors");
        foreach (var (table, column, type) in columns)
        {
            var condition = type == "bytea"
                ? $"position(convert_to(@needle, 'UTF8') in \"{column}\") > 0"
                : $"strpos(\"{column}\"::text, @needle) > 0";
            foreach (var needle in needles)
            {
                await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" WHERE {condition}", connection);
                count.Parameters.AddWithValue("needle", needle);
                if ((long)(await count.ExecuteScalarAsync())! > 0)
                {
                    found.Add($"{table}.{column}");
                }
            }
        }

        return found;
    }
}
