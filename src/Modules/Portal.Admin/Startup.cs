using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Content;
using Portal.Admin.Dashboard;
using Portal.Admin.Editors;
using Portal.Admin.Errors;
using Portal.Admin.Menus;
using Portal.Admin.Recipes;
using Portal.Admin.Security;
using Portal.Admin.Taxonomies;
using Portal.Admin.Visits;
using Portal.Core.Data;
using Portal.Core.Modules;

namespace Portal.Admin;

/// <summary>
/// The dashboard at <c>/admin</c>: cookie sign-in on the core's Identity store, role permissions, content editors
/// generated from the definitions, media library, menus, footer and site settings, users, recipe import and export,
/// visit statistics (from any <see cref="Portal.Core.Visits.IVisitStatisticsSource"/>). Razor Pages.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public const string SignInPath = "/admin/signin";

    public override FeatureInfo Feature { get; } = new("Portal.Admin", "Trang quản trị", ["OrchardCore.AdminDashboard"]);

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddHttpContextAccessor();
        // Razor writes Vietnamese letters as they are, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        new IdentityBuilder(typeof(PortalUser), typeof(IdentityRole), services).AddSignInManager<PortalSignInManager>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(ConfigureCookie));
        // A disabled account or a reset password ends open sessions within a minute (the security stamp changes).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization(AdminPermissions.AddPolicies);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "portal.antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "RequestVerificationToken";
        });
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", AdminPermissions.AccessAdmin);
                options.Conventions.AllowAnonymousToPage("/Admin/Account/SignIn");
            })
            .AddApplicationPart(typeof(Startup).Assembly);

        services.AddSingleton<AdminAssets>();
        services.AddScoped<ContentAccess>();
        services.AddScoped<ContentListQuery>();
        services.AddScoped<AdminFormat>();
        services.AddScoped<ContentPreview>();
        services.AddScoped<ContentForm>();
        services.AddScoped<DashboardSummary>();
        services.AddScoped<AdminVisitStatistics>();
        services.AddScoped<MenuService>();
        services.AddScoped<TaxonomyService>();
        services.AddScoped<Portal.Admin.Settings.SettingsWriter>();
        services.AddOptions<RecipeDashboardOptions>().BindConfiguration(RecipeDashboardOptions.Section)
            .Validate(o => o.MaxUploadBytes > 0, $"{RecipeDashboardOptions.Section}:MaxUploadBytes phải lớn hơn 0.");
        services.AddSingleton<RecipeUploadStore>();
        services.AddScoped<RecipeImports>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        AddEditors(services);
    }

    public override void Configure(IApplicationBuilder app)
    {
        app.UseMiddleware<AdminSecurityHeadersMiddleware>();
        app.UseAdminNotFoundPage();
        app.UseAuthentication();
        app.UseAuthorization();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminAssetEndpoints();
        endpoints.MapRazorPages();
    }

    private static void AddEditors(IServiceCollection services)
    {
        foreach (var editor in new[]
        {
            typeof(TitlePartEditor), typeof(AutoroutePartEditor), typeof(HtmlBodyPartEditor), typeof(MarkdownBodyPartEditor), typeof(AliasPartEditor),
            typeof(TextFieldEditor), typeof(HtmlFieldEditor), typeof(NumericFieldEditor), typeof(BooleanFieldEditor), typeof(DateTimeFieldEditor),
            typeof(DateFieldEditor), typeof(LinkFieldEditor), typeof(MediaFieldEditor), typeof(ContentPickerFieldEditor), typeof(TaxonomyFieldEditor),
            typeof(MultiTextFieldEditor), typeof(UnsupportedEditor),
        })
        {
            services.AddScoped(typeof(IContentEditor), editor);
        }
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "portal.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.LoginPath = SignInPath;
        options.LogoutPath = "/admin/signout";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events.OnRedirectToAccessDenied = context => WriteForbiddenAsync(context.HttpContext);
        options.Events.OnRedirectToLogin = context =>
        {
            // Pages redirect to the sign-in form; scripts and forged posts get a plain 401.
            if (HttpMethods.IsGet(context.Request.Method) && !IsScriptRequest(context.Request))
            {
                context.Response.Redirect(context.RedirectUri);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }

            return Task.CompletedTask;
        };
    }

    private static bool IsScriptRequest(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>A refused action answers 403 right there (not a redirect), so a forged request learns nothing and changes nothing.</summary>
    public static Task WriteForbiddenAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Không có quyền</title>" +
            "<p data-testid=\"forbidden\">Bạn không có quyền thực hiện thao tác này.</p><p><a href=\"/admin\">Về trang quản trị</a></p></html>");
    }
}
