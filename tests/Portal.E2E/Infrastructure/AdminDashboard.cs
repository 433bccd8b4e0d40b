using System.Text.RegularExpressions;

namespace Portal.E2E.Infrastructure;

/// <summary>What the journeys do in the admin dashboard again and again, through its own pages as a person would.</summary>
public static partial class AdminDashboard
{
    /// <summary>The first administrator the site recipe creates (password <see cref="PortalServer.AdminPassword"/>).</summary>
    public const string AdminUserName = "admin";

    /// <summary>Opens <c>/admin</c>, is sent to the sign-in form, signs in and lands on the dashboard.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(SignInUrl());
        await page.GetByTestId("sign-in-username").FillAsync(userName);
        await page.GetByTestId("sign-in-password").FillAsync(password);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveTextAsync(userName);
        await Expect(page).ToHaveURLAsync(DashboardUrl());
    }

    /// <summary>An administrator (already signed in on the page) adds a person with one role on the Users page.</summary>
    public static async Task CreateUserAsync(IPage adminPage, string userName, string displayName, string password, string role)
    {
        await adminPage.GotoAsync("/admin");
        await adminPage.GetByTestId("nav-users").ClickAsync();
        await adminPage.GetByTestId("user-new").ClickAsync();
        await adminPage.GetByTestId("user-username").FillAsync(userName);
        await adminPage.GetByTestId("user-displayname").FillAsync(displayName);
        await adminPage.GetByTestId("user-password").FillAsync(password);
        await adminPage.GetByTestId($"user-role-{role}").CheckAsync();
        await adminPage.GetByTestId("user-save").ClickAsync();
        await Expect(adminPage.GetByTestId("user-saved")).ToHaveTextAsync("Đã lưu.");
    }

    /// <summary>
    /// Presses a button that submits a form and waits for the page the server answers with, after any redirect (a
    /// save redirects back to the editor, often showing the same message as before: waiting for the new page
    /// keeps an assertion from passing on the old one).
    /// </summary>
    public static async Task<IResponse> SubmitAsync(ILocator button)
    {
        var page = button.Page;
        IResponse? answer = null;
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnResponse(object? sender, IResponse response)
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                answer = response;
            }
        }

        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }

        page.Response += OnResponse;
        page.FrameNavigated += OnNavigated;
        try
        {
            await button.ClickAsync();
            await navigated.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await WaitForLoadAsync(page);
        }
        finally
        {
            page.Response -= OnResponse;
            page.FrameNavigated -= OnNavigated;
        }

        return answer ?? throw new InvalidOperationException("Submitting the form loaded no page.");
    }

    /// <summary>
    /// Waits for the new document's load event. Playwright can miss a load event that fires while it is asked to wait
    /// for it (seen under load in CI: a 30 s timeout on a page that had loaded), so the document is also asked itself.
    /// </summary>
    private static async Task WaitForLoadAsync(IPage page)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException)
            {
                if (await page.EvaluateAsync<string>("() => document.readyState") == "complete")
                {
                    return;
                }
            }
        }

        throw new TimeoutException("The page submitted to did not finish loading within 30 seconds.");
    }

    /// <summary>The content editor's address once an item is saved (<c>/admin/content/edit?id=...</c>).</summary>
    public static string ItemId(IPage editorPage) =>
        ItemIdInUrl().Match(editorPage.Url) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("Not the editor of a saved item: " + editorPage.Url);

    [GeneratedRegex(@"/admin/signin(\?|$)")]
    public static partial Regex SignInUrl();

    [GeneratedRegex(@"/admin$")]
    private static partial Regex DashboardUrl();

    [GeneratedRegex(@"/admin/content/edit\?id=([^&]+)")]
    private static partial Regex ItemIdInUrl();
}
