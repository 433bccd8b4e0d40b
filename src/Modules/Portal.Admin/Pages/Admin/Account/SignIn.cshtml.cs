using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Security;
using Portal.Core.Data;

namespace Portal.Admin.Pages.Admin.Account;

/// <summary>The sign-in form (UserName, Password). Five wrong passwords lock the account for five minutes.</summary>
public sealed class SignInModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect(SafeReturnUrl()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "Vui lòng nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.IsLockedOut)
        {
            Error = "Tài khoản tạm khóa 5 phút vì nhập sai mật khẩu quá 5 lần. Vui lòng thử lại sau.";
        }
        else if (result.IsNotAllowed && await users.FindByNameAsync(UserName.Trim()) is { IsDisabled: true })
        {
            Error = "Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.";
        }
        else
        {
            Error = "Tên đăng nhập hoặc mật khẩu không đúng.";
        }

        return Page();
    }

    /// <summary>Only paths of this site's dashboard: an address elsewhere cannot be smuggled in.</summary>
    private string SafeReturnUrl() =>
        ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) && url.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? url : "/admin";
}
