using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Security;
using Portal.Core.Data;

namespace Portal.Admin.Pages.Admin.Users;

/// <summary>Creates a user, or changes one: roles, disabled, a new password (Administrator only). Nobody can lock themselves out.</summary>
[Authorize(Policy = AdminPermissions.ManageUsers)]
public sealed class EditModel(UserManager<PortalUser> users, ContentAccess access, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Id { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public bool Disabled { get; set; }

    public PortalUser? Person { get; private set; }
    public List<string> Errors { get; } = [];
    public bool Saved { get; private set; }
    public bool IsSelf => Person is not null && Person.Id == access.UserId;

    public async Task<IActionResult> OnGetAsync(bool saved)
    {
        Saved = saved;
        if (Id is null)
        {
            return Page();
        }

        Person = await users.FindByIdAsync(Id);
        if (Person is null)
        {
            return NotFound();
        }

        UserName = Person.UserName;
        DisplayName = Person.DisplayName;
        Email = Person.Email;
        Disabled = Person.IsDisabled;
        Roles = [.. await users.GetRolesAsync(Person)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Roles = Roles.Where(AdminRoles.All.Contains).Distinct().ToList();
        if (Roles.Count == 0)
        {
            Errors.Add("Hãy chọn ít nhất một vai trò.");
        }

        if (Id is null)
        {
            await CreateAsync();
        }
        else
        {
            Person = await users.FindByIdAsync(Id);
            if (Person is null)
            {
                return NotFound();
            }

            await UpdateAsync(Person);
        }

        if (Errors.Count > 0)
        {
            var page = Page();
            page.StatusCode = 400;
            return page;
        }

        return Redirect($"/admin/users/edit?id={Person!.Id}&saved=true");
    }

    private async Task CreateAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName))
        {
            Errors.Add("Vui lòng nhập tên đăng nhập.");
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors.Add("Vui lòng nhập mật khẩu (ít nhất 12 ký tự).");
        }

        if (Errors.Count > 0)
        {
            return;
        }

        var user = new PortalUser
        {
            UserName = UserName!.Trim(),
            DisplayName = DisplayName?.Trim(),
            Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (Check(await users.CreateAsync(user, Password!)) && Check(await users.AddToRolesAsync(user, Roles)))
        {
            Person = user;
        }
    }

    private async Task UpdateAsync(PortalUser user)
    {
        var current = await users.GetRolesAsync(user);
        if (IsSelf && (Disabled || (current.Contains(AdminRoles.Administrator) && !Roles.Contains(AdminRoles.Administrator))))
        {
            Errors.Add("Bạn không thể tự vô hiệu hóa hay bỏ quyền quản trị của chính mình.");
            return;
        }

        if (!string.IsNullOrEmpty(Password))
        {
            var valid = true;
            foreach (var validator in users.PasswordValidators)
            {
                valid &= Check(await validator.ValidateAsync(users, user, Password));
            }

            if (!valid)
            {
                return;
            }

            user.PasswordHash = users.PasswordHasher.HashPassword(user, Password);
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }

        var endSessions = !string.IsNullOrEmpty(Password) || Disabled != user.IsDisabled || !current.Order().SequenceEqual(Roles.Order());
        user.DisplayName = DisplayName?.Trim();
        user.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        user.IsDisabled = Disabled;
        if (!Check(await users.UpdateAsync(user)) ||
            !Check(await users.RemoveFromRolesAsync(user, current.Except(Roles))) ||
            !Check(await users.AddToRolesAsync(user, Roles.Except(current))))
        {
            return;
        }

        if (endSessions)
        {
            // Open sessions of this person end at their next check (a minute at most).
            Check(await users.UpdateSecurityStampAsync(user));
        }
    }

    private bool Check(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            Errors.Add(Translate(error));
        }

        return result.Succeeded;
    }

    private static string Translate(IdentityError error) => error.Code switch
    {
        "PasswordTooShort" => "Mật khẩu phải có ít nhất 12 ký tự.",
        "DuplicateUserName" => "Tên đăng nhập này đã có người dùng.",
        "InvalidUserName" => "Tên đăng nhập chỉ gồm chữ không dấu, số và các ký tự - . _ @ +.",
        "InvalidEmail" => "Email không hợp lệ.",
        _ => error.Description,
    };
}
