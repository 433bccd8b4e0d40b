using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A browser-like session on the dashboard: its own cookies, pages parsed with AngleSharp, forms submitted with
/// everything they carry (the antiforgery token included) as a browser would.
/// </summary>
public sealed class AdminSession(HttpClient client)
{
    public const string Password = "mat-khau-bien-tap-2026";

    private static readonly HtmlParser Parser = new();

    // The address each parsed page came from: a form without an action posts back there, as in a browser.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IHtmlDocument, string> Addresses = new();

    public HttpClient Client { get; } = client;

    /// <summary>A session that has not signed in.</summary>
    public static AdminSession Anonymous(PortalSite site) =>
        new(site.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false }));

    /// <summary>Signs in through the sign-in form; fails the test when that does not work.</summary>
    public static async Task<AdminSession> SignInAsync(PortalSite site, string userName = "admin", string password = PortalSite.AdminPassword)
    {
        var session = Anonymous(site);
        var response = await session.SignInAttemptAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>Creates a user with one role (through Identity, as the Users page does).</summary>
    public static async Task CreateUserAsync(PortalSite site, string userName, string role)
    {
        await site.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = userName, DisplayName = userName, CreatedUtc = DateTime.UtcNow };
            var created = await users.CreateAsync(user, Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        });
    }

    /// <summary>Fills and submits the sign-in form.</summary>
    public async Task<HttpResponseMessage> SignInAttemptAsync(string userName, string password)
    {
        var page = await GetPageAsync("/admin/signin");
        return await SubmitAsync(page, "[data-testid=sign-in-form]", new() { ["UserName"] = userName, ["Password"] = password });
    }

    /// <summary>GETs a page, asserting 200, and parses it.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {html[..Math.Min(html.Length, 2000)]}");
        var document = Parser.ParseDocument(html);
        Addresses.AddOrUpdate(document, url.StartsWith("http", StringComparison.Ordinal) ? new Uri(url).PathAndQuery : url);
        return document;
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Submits the form found by <paramref name="formSelector"/> with its current values, overridden by <paramref name="values"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, Dictionary<string, string?> values, string? action = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector} on the page.");
        var fields = FormFields(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        var target = action ?? form.GetAttribute("action");
        if (string.IsNullOrEmpty(target))
        {
            target = Addresses.TryGetValue(page, out var address) ? address : throw new InvalidOperationException("The form has no action and the page's address is unknown.");
        }

        return await Client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>POSTs fields with the antiforgery token taken from <paramref name="page"/> (any form on it).</summary>
    public Task<HttpResponseMessage> PostAsync(string url, IHtmlDocument page, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException("No antiforgery token on the page.");
        return Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>The values a browser would send for the form (no submit buttons, no unchecked boxes).</summary>
    public static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "submit" or "button" or "file" or "image" || (input.Type is "checkbox" or "radio" && !input.IsChecked))
                    {
                        continue;
                    }

                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(select.Name!, option.Value));
                    }

                    break;
            }
        }

        return fields;
    }

    /// <summary>Follows a redirect response and parses the page it leads to.</summary>
    public async Task<IHtmlDocument> FollowAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await GetPageAsync(response.Headers.Location!.OriginalString);
    }
}
