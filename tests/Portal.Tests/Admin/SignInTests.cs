using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class SignInTests
{
    [Fact]
    public async Task Admin_Anonymous_RedirectsToSignInFormWithUserNameAndPassword()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var session = AdminSession.Anonymous(site);

        var response = await session.Client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/signin", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
        var form = await session.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.NotNull(form.QuerySelector("input[name=UserName][data-testid=sign-in-username]"));
        Assert.NotNull(form.QuerySelector("input[name=Password][type=password][data-testid=sign-in-password]"));
        Assert.NotNull(form.QuerySelector("button[data-testid=sign-in-submit]"));
    }

    [Fact]
    public async Task SignIn_RightPassword_ShowsDashboardWithHttpOnlySameSiteCookie()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database);
        var session = AdminSession.Anonymous(site);

        var response = await session.SignInAttemptAsync("admin", PortalSite.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var dashboard = await session.FollowAsync(response);
        Assert.Equal("admin", dashboard.QuerySelector("[data-testid=current-user]")!.TextContent);
        Assert.NotNull(dashboard.QuerySelector("[data-testid=dashboard-drafts]"));
    }
}
