using System.Runtime.CompilerServices;
using System.Text;

namespace Portal.E2E.Infrastructure;

/// <summary>
/// Base of the browser tests. A test runs its steps through <see cref="RunAsync(Func{Journey, Task}, string?, string)"/>,
/// which gives it new browser contexts on the class's site and then fails it when a step failed, when the server logged
/// an ERROR or FATAL line meanwhile, or when a page threw an uncaught script error; a failure leaves a screenshot and the
/// HTML of every open page in <c>TestResults/e2e/&lt;Class&gt;.&lt;Test&gt;/</c>.
/// </summary>
public abstract class BrowserTest(SiteFixture site)
{
    static BrowserTest()
    {
        // The machine is shared (2 cores, other test runs): give retrying assertions room before they fail.
        SetDefaultExpectTimeout(15_000);
    }

    protected SiteFixture Site { get; } = site;

    /// <summary>One reader on one device: a new context and page, then the steps.</summary>
    protected Task RunAsync(Device device, Func<IPage, Task> steps, string? variant = null, [CallerMemberName] string test = "") =>
        RunAsync(async journey => await steps(await journey.NewPageAsync(device)), variant, test);

    /// <summary>Steps that open their own readers (<see cref="Journey.NewPageAsync"/>).</summary>
    protected async Task RunAsync(Func<Journey, Task> steps, string? variant = null, [CallerMemberName] string test = "")
    {
        var name = $"{GetType().Name}.{test}{(variant is null ? "" : "-" + variant)}";
        var folder = FailureArtifacts.PrepareFolder(name);
        var mark = Site.Server.Log.Mark();
        await using var journey = new Journey(Site.Browser, Site.Server.BaseUrl);
        Exception? failure = null;
        try
        {
            await steps(journey);
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        var serverErrors = await Site.Server.Log.ErrorsSinceAsync(mark);
        var scriptErrors = journey.ScriptErrors;
        if (failure is null && serverErrors.Count == 0 && scriptErrors.Count == 0)
        {
            return;
        }

        // The step's own exception stays the inner one, with its message and stack.
        var report = Report(name, folder, failure, serverErrors, scriptErrors);
        await FailureArtifacts.SaveAsync(folder, journey, report + (failure is null ? "" : "\n\n" + failure));
        throw new JourneyFailedException(report, failure);
    }

    private static string Report(string name, string folder, Exception? failure, IReadOnlyList<string> serverErrors, IReadOnlyList<string> scriptErrors)
    {
        var text = new StringBuilder($"{name} failed.");
        if (failure is not null)
        {
            text.Append("\nStep failed: ").Append(failure.Message);
        }

        if (serverErrors.Count > 0)
        {
            text.Append($"\nThe server logged {serverErrors.Count} error(s) during the test:\n").AppendJoin("\n", serverErrors);
        }

        if (scriptErrors.Count > 0)
        {
            text.Append("\nUncaught script error(s) on the page:\n").AppendJoin("\n", scriptErrors);
        }

        text.Append("\nScreenshot and HTML: ").Append(folder);
        return text.ToString();
    }
}
