using Portal.E2E.Infrastructure;

namespace Portal.E2E.InfrastructureTests;

/// <summary>
/// The base of the browser tests fails a journey whose steps passed when the server logged an error or a page threw,
/// and leaves the screenshot and HTML behind. (These journeys fail on purpose; their artifacts are removed after.)
/// </summary>
public sealed class BrowserTestFailureTests(SetUpSite site) : BrowserTest(site), IClassFixture<SetUpSite>
{
    [Fact]
    public async Task RunAsync_ServerLogsAnErrorDuringTheSteps_FailsAndSavesScreenshotAndHtml()
    {
        var failure = await Assert.ThrowsAsync<JourneyFailedException>(() => RunAsync(Device.Desktop, async page =>
        {
            await page.GotoAsync("/");
            // As NLog writes it; the real server has no page that fails on purpose.
            var file = Path.Combine(Site.Server.Log.Folder, $"portal-{DateTime.Now:yyyy-MM-dd}.log");
            await File.AppendAllTextAsync(file, $"{DateTime.Now:yyyy-MM-dd HH:mm:ss.ffff}|ERROR|Portal.E2E|-|Lỗi giả để thử\n");
        }, variant: "expected"));

        Assert.Contains("The server logged 1 error(s)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Lỗi giả để thử", failure.Message, StringComparison.Ordinal);
        AssertArtifactsSavedThenRemove(nameof(RunAsync_ServerLogsAnErrorDuringTheSteps_FailsAndSavesScreenshotAndHtml));
    }

    [Fact]
    public async Task RunAsync_PageThrowsAnUncaughtScriptError_Fails()
    {
        var failure = await Assert.ThrowsAsync<JourneyFailedException>(() => RunAsync(Device.Phone, async page =>
        {
            await page.GotoAsync("/");
            await page.EvaluateAsync("() => setTimeout(() => { throw new Error('lỗi kịch bản'); })");
            await page.WaitForTimeoutAsync(200);
        }, variant: "expected"));

        Assert.Contains("lỗi kịch bản", failure.Message, StringComparison.Ordinal);
        AssertArtifactsSavedThenRemove(nameof(RunAsync_PageThrowsAnUncaughtScriptError_Fails));
    }

    [Fact]
    public async Task RunAsync_StepFails_KeepsTheStepsExceptionInside()
    {
        var failure = await Assert.ThrowsAsync<JourneyFailedException>(() => RunAsync(Device.Desktop, async page =>
        {
            await page.GotoAsync("/");
            Assert.Equal("một tiêu đề khác", await page.TitleAsync());
        }, variant: "expected"));

        Assert.IsType<Xunit.Sdk.EqualException>(failure.InnerException);
        AssertArtifactsSavedThenRemove(nameof(RunAsync_StepFails_KeepsTheStepsExceptionInside));
    }

    private void AssertArtifactsSavedThenRemove(string test)
    {
        var folder = Path.Combine(E2EPaths.Results, $"{GetType().Name}.{test}-expected");
        Assert.True(File.Exists(Path.Combine(folder, "page.png")), "no screenshot in " + folder);
        Assert.Contains("<html", File.ReadAllText(Path.Combine(folder, "page.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "failure.txt")));
        Directory.Delete(folder, recursive: true);
    }
}
