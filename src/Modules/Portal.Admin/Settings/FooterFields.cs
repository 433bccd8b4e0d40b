namespace Portal.Admin.Settings;

/// <summary>
/// The lines of the footer (FooterSettings), with Vietnamese labels for the keys the public theme reads. Keys a recipe
/// added that are not listed here are shown with their own name and saved as well, so no footer line is ever lost.
/// </summary>
public static class FooterFields
{
    public static readonly IReadOnlyList<(string Key, string Label, bool Multiline)> Known =
    [
        ("Title", "Tên trang (dòng đầu)", false),
        ("Operator", "Cơ quan chủ quản", false),
        ("ResponsiblePerson", "Người chịu trách nhiệm", false),
        ("Address", "Địa chỉ", false),
        ("Phone", "Điện thoại", false),
        ("Email", "Email", false),
        ("License", "Giấy phép", false),
        ("Credits", "Thiết kế bởi", false),
        ("Lines", "Các dòng khác (mỗi dòng một ý)", true),
    ];
}
