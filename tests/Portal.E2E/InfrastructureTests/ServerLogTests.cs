using Portal.E2E.Infrastructure;

namespace Portal.E2E.InfrastructureTests;

/// <summary>The log reader the browser tests rely on to fail when the server logged an error.</summary>
public sealed class ServerLogTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-e2e-log-").FullName;

    [Fact]
    public async Task ErrorsSince_ErrorsBeforeAndAfterTheMark_ReturnsOnlyTheLaterOnesWithTheirStack()
    {
        var log = new ServerLog(folder);
        Directory.CreateDirectory(log.Folder);
        var today = Path.Combine(log.Folder, "portal-2026-11-27.log");
        await File.WriteAllTextAsync(today, "2026-11-27 23:59:58.0001|ERROR|Old|-|trước khi bắt đầu\n");
        var mark = log.Mark();

        await File.AppendAllTextAsync(today,
            "2026-11-27 23:59:59.0001|INFO|Portal|-|bình thường\n" +
            "2026-11-27 23:59:59.0002|WARN|Portal|-|cảnh báo có chữ |ERROR| ở giữa\n" +
            "2026-11-27 23:59:59.0003|ERROR|Portal.Contents|abc|Lỗi khi hiển thị\nSystem.Exception: hỏng\n   at X.Y()\n");
        await File.WriteAllTextAsync(Path.Combine(log.Folder, "portal-2026-11-28.log"),
            "2026-11-28 00:00:00.0001|FATAL|Host|-|dừng hẳn\n");

        var errors = await log.ErrorsSinceAsync(mark);

        Assert.Equal(2, errors.Count);
        Assert.Equal("2026-11-27 23:59:59.0003|ERROR|Portal.Contents|abc|Lỗi khi hiển thị\nSystem.Exception: hỏng\n   at X.Y()", errors[0]);
        Assert.Equal("2026-11-28 00:00:00.0001|FATAL|Host|-|dừng hẳn", errors[1]);
    }

    [Fact]
    public async Task ErrorsSince_NoLogFolderYet_ReturnsNothing()
    {
        var log = new ServerLog(folder);

        Assert.Empty(await log.ErrorsSinceAsync(log.Mark()));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
