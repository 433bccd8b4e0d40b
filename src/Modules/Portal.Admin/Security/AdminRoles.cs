namespace Portal.Admin.Security;

/// <summary>The roles of the dashboard (created by setup).</summary>
public static class AdminRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";

    public static readonly string[] All = [Administrator, Editor, Author];

    /// <summary>The Vietnamese name shown to people.</summary>
    public static string DisplayName(string role) => role switch
    {
        Administrator => "Quản trị",
        Editor => "Biên tập viên",
        Author => "Tác giả",
        _ => role,
    };
}
