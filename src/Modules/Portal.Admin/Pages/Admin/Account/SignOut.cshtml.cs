using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Data;

namespace Portal.Admin.Pages.Admin.Account;

/// <summary>Signs out (POST only, with the antiforgery token, so no link on another site can sign an editor out).</summary>
public sealed class SignOutModel(SignInManager<PortalUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(Startup.SignInPath);
    }
}
