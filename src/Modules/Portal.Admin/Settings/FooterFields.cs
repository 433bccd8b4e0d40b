namespace Portal.Admin.Settings;

/// <summary>
/// The lines of the footer (FooterSettings), with Vietnamese labels, in the order the public theme shows them. The keys
/// are the recipe's (lienhiephoi.recipe.json) and the theme's (Footer.liquid): one set for all three. Keys a recipe
/// added that are not listed here are shown with their own name and saved as well, so no footer line is ever lost.
/// </summary>
public static class FooterFields
{
    public static readonly IReadOnlyList<(string Key, string Label, bool Multiline)> Known =
    [
        ("Title", "Tên trang (dòng đầu)", false),
        ("Operator", "Cơ quan chủ quản", false),
        ("Responsible", "Người chịu trách nhiệm", false),
        ("Address", "Địa chỉ", false),
        ("Phone", "Điện thoại", false),
        ("Email", "Email", false),
        ("License", "Giấy phép (ghi cả câu, ví dụ: Giấy phép số …/GP-TTĐT do … cấp ngày …)", false),
        ("Lines", "Các dòng khác (mỗi dòng một ý)", true),
        ("DesignedBy", "Thiết kế bởi (ghi cả câu, ví dụ: Website được thiết kế bởi …)", false),
    ];

    /// <summary>
    /// Names an earlier footer editor saved under, which the theme never read. Their value fills the known field when
    /// that is empty, and the old key is dropped when the form is saved; the theme reads them too meanwhile.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> FormerKeys = new Dictionary<string, string>
    {
        ["ResponsiblePerson"] = "Responsible",
        ["Credits"] = "DesignedBy",
    };

    public static bool IsKnown(string key) => Known.Any(k => k.Key == key);
}
