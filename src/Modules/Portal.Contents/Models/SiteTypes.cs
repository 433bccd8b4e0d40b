namespace Portal.Contents.Models;

/// <summary>
/// The names the public pages rely on: the content types of the site recipe, their fields used by lists, and the
/// paths of the list pages. Editors may add fields and types; these are the ones the routes are built around.
/// </summary>
public static class SiteTypes
{
    public const string Article = "Article";
    public const string Event = "Event";
    public const string Organization = "Organization";

    public const string CategoryField = "Category";
    public const string StartDateField = "StartDate";
    public const string EndDateField = "EndDate";
    public const string KindField = "Kind";
    public const string OrganizationsField = "Organizations";

    public const string NewsPath = "tin-tuc";
    public const string EventsPath = "su-kien";
    public const string OrganizationsPath = "hoi-thanh-vien";

    public const string NewsTitle = "Tin tức";
    public const string EventsTitle = "Sự kiện";
    public const string OrganizationsTitle = "Hội thành viên";

    /// <summary>The kinds of organization (values of the Kind field) with their headings, in display order.</summary>
    public static readonly IReadOnlyList<(string Value, string Title)> OrganizationKinds =
    [
        ("hoi-thanh-vien", "Hội thành viên"),
        ("trung-tam", "Trung tâm, viện trực thuộc"),
        ("don-vi-lien-ket", "Đơn vị liên kết"),
    ];
}
