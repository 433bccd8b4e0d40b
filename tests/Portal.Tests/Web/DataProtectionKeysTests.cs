using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Admin;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

/// <summary>
/// The keys behind sign-in cookies and form tokens live in the database: an editor stays signed in across a restart
/// (or on another node of the same database), and a form opened before it can still be sent.
/// </summary>
public sealed class DataProtectionKeysTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Restart_SignedInEditorWithAnOpenForm_StaysSignedInAndTheFormIsSaved(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var cookies = new CookieContainer();
        AngleSharp.Html.Dom.IHtmlDocument openForm;
        await using (var before = AdminSite.Create(database))
        {
            var session = Session(before, cookies);
            Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAttemptAsync("admin", PortalSite.AdminPassword)).StatusCode);
            openForm = await session.GetPageAsync("/admin/settings/footer");
        }

        await using var after = AdminSite.Create(database);
        var again = Session(after, cookies);

        await again.GetPageAsync("/admin");
        var saved = await again.SubmitAsync(openForm, "[data-testid=footer-form]", new() { ["Footer.Phone"] = "02373.720.885" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/settings/footer?saved=true", saved.Headers.Location?.OriginalString);
        await using var db = after.OpenDb();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    private static AdminSession Session(PortalSite site, CookieContainer cookies) =>
        new(site.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
}
