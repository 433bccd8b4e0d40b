namespace Portal.Tests.Admin;

/// <summary>
/// The admin tests' own setup recipe: an Article type in the shapes the site recipe uses (TitlePart, AutoroutePart
/// "tin-tuc/...", HtmlBodyPart, and an Article part with Summary, Image, Byline, Category, Organizations), an Event
/// type with dates, Organization, the taxonomy "Chuyên mục" with two terms, and the two standard menus.
/// </summary>
public static class AdminTestRecipe
{
    public const string TaxonomyId = "4chuyenmuc000000000000000";
    public const string NewsTermId = "4termtinhoatdong000000000";
    public const string ForumTermId = "4termdiendan0000000000000";
    public const string MainMenuId = "4mainmenu0000000000000000";
    public const string OrganizationId = "4hoitinhoc000000000000000";

    public static string Write(string folder) => Infrastructure.TestPaths.WriteRecipe(folder, Json, "admin-test.recipe.json");

    public const string Json = """
    {
      "name": "admin-test",
      "displayName": "Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa",
      "steps": [
        { "name": "themes", "site": "LienHiepHoi" },
        { "name": "settings", "SiteName": "Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa", "TimeZoneId": "Asia/Ho_Chi_Minh", "PageSize": 10,
          "FooterSettings": { "Title": "TRANG THÔNG TIN ĐIỆN TỬ LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT THANH HÓA", "Address": "17 Hạc Thành, P. Ba Đình, Tp. Thanh Hóa" } },
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            {
              "Name": "Article", "DisplayName": "Bài viết",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "1" },
                  "AutoroutePartSettings": { "AllowCustomPath": true, "Pattern": "tin-tuc/{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "Article", "Name": "Article", "Settings": { "ContentTypePartSettings": { "Position": "2" } } },
                { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": { "ContentTypePartSettings": { "Position": "3", "Editor": "Wysiwyg" } } }
              ]
            },
            {
              "Name": "Event", "DisplayName": "Sự kiện",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "1" },
                  "AutoroutePartSettings": { "Pattern": "su-kien/{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "Event", "Name": "Event", "Settings": { "ContentTypePartSettings": { "Position": "2" } } }
              ]
            },
            {
              "Name": "Organization", "DisplayName": "Hội thành viên",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "1" },
                  "AutoroutePartSettings": { "Pattern": "hoi-thanh-vien/{{ Model.ContentItem | display_text | slugify }}" } } }
              ]
            }
          ],
          "ContentParts": [
            {
              "Name": "Article",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Summary", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Tóm tắt", "Editor": "TextArea", "Position": "0" } } },
                { "FieldName": "MediaField", "Name": "Image", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Ảnh đại diện", "Position": "1" }, "MediaFieldSettings": { "Multiple": false } } },
                { "FieldName": "TextField", "Name": "Byline", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Tác giả bài viết", "Position": "3" } } },
                { "FieldName": "TaxonomyField", "Name": "Category", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Chuyên mục", "Position": "2" },
                  "TaxonomyFieldSettings": { "TaxonomyContentItemId": "4chuyenmuc000000000000000", "Unique": true, "Required": true } } },
                { "FieldName": "ContentPickerField", "Name": "Organizations", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Hội liên quan", "Position": "4" },
                  "ContentPickerFieldSettings": { "Multiple": true, "DisplayedContentTypes": [ "Organization" ] } } }
              ]
            },
            {
              "Name": "Event",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "DateTimeField", "Name": "StartDate", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Bắt đầu", "Position": "0" }, "DateTimeFieldSettings": { "Required": true } } },
                { "FieldName": "DateTimeField", "Name": "EndDate", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Kết thúc", "Position": "1" } } },
                { "FieldName": "NumericField", "Name": "Seats", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Số chỗ", "Position": "2" }, "NumericFieldSettings": { "Minimum": 0 } } },
                { "FieldName": "BooleanField", "Name": "Online", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Trực tuyến", "Position": "3" } } },
                { "FieldName": "LinkField", "Name": "Registration", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Đăng ký", "Position": "4" } } }
              ]
            }
          ]
        },
        {
          "name": "content",
          "data": [
            {
              "ContentItemId": "4chuyenmuc000000000000000", "ContentType": "Taxonomy", "DisplayText": "Chuyên mục",
              "TitlePart": { "Title": "Chuyên mục" }, "AliasPart": { "Alias": "chuyen-muc" }, "AutoroutePart": { "Path": "chuyen-muc" },
              "TaxonomyPart": { "TermContentType": "Category", "Terms": [
                { "ContentItemId": "4termtinhoatdong000000000", "ContentType": "Category", "DisplayText": "Tin hoạt động của Liên hiệp hội",
                  "TitlePart": { "Title": "Tin hoạt động của Liên hiệp hội" } },
                { "ContentItemId": "4termdiendan0000000000000", "ContentType": "Category", "DisplayText": "Diễn đàn khoa học và công nghệ",
                  "TitlePart": { "Title": "Diễn đàn khoa học và công nghệ" } }
              ] }
            },
            { "ContentItemId": "4hoitinhoc000000000000000", "ContentType": "Organization", "DisplayText": "Hội Tin học Thanh Hóa", "TitlePart": { "Title": "Hội Tin học Thanh Hóa" } },
            {
              "ContentItemId": "4mainmenu0000000000000000", "ContentType": "Menu", "DisplayText": "Menu chính",
              "TitlePart": { "Title": "Menu chính" }, "AliasPart": { "Alias": "main-menu" },
              "MenuItemsListPart": { "MenuItems": [
                { "ContentItemId": "4menutrangchu000000000000", "ContentType": "LinkMenuItem", "DisplayText": "Trang chủ", "LinkMenuItemPart": { "Name": "Trang chủ", "Url": "~/" } },
                { "ContentItemId": "4menugioithieu00000000000", "ContentType": "LinkMenuItem", "DisplayText": "Giới thiệu", "LinkMenuItemPart": { "Name": "Giới thiệu", "Url": "~/gioi-thieu" } },
                { "ContentItemId": "4menutintuc00000000000000", "ContentType": "LinkMenuItem", "DisplayText": "Tin tức", "LinkMenuItemPart": { "Name": "Tin tức", "Url": "~/tin-tuc" } }
              ] }
            }
          ]
        }
      ]
    }
    """;
}
