using Portal.E2E.Infrastructure;

namespace Portal.E2E.Admin;

/// <summary>
/// The administrator's sign-in: five wrong passwords lock the account. A class of its own, so its site's administrator
/// can stay locked without stopping other journeys.
/// </summary>
public sealed class AdminSignInTests(SetUpSite site) : BrowserTest(site), IClassFixture<SetUpSite>
{
    private const string WrongPassword = "Tên đăng nhập hoặc mật khẩu không đúng.";
    private const string Locked = "Tài khoản tạm khóa 5 phút vì nhập sai mật khẩu 5 lần liên tiếp. Vui lòng thử lại sau.";

    [Fact]
    public Task SignIn_FiveWrongPasswords_LockTheAccountAndTheRightPasswordIsRefusedWhileLocked() => RunAsync(Device.Desktop, async page =>
    {
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(AdminDashboard.SignInUrl());

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await SignInAsync(page, $"mat-khau-sai-{attempt}");
            await Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync(WrongPassword);
        }

        await SignInAsync(page, "mat-khau-sai-5");
        await Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync(Locked);

        // The right password now changes nothing: still locked, still not signed in.
        await SignInAsync(page, PortalServer.AdminPassword);
        await Expect(page.GetByTestId("sign-in-error")).ToHaveTextAsync(Locked);
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(AdminDashboard.SignInUrl());
        await Expect(page.GetByTestId("sign-in-form")).ToBeVisibleAsync();
    });

    private static async Task SignInAsync(IPage page, string password)
    {
        await page.GetByTestId("sign-in-username").FillAsync(AdminDashboard.AdminUserName);
        await page.GetByTestId("sign-in-password").FillAsync(password);
        var answer = await AdminDashboard.SubmitAsync(page.GetByTestId("sign-in-submit"));
        Assert.Equal(200, answer.Status);
    }
}
