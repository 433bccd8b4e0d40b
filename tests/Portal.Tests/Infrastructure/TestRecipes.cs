namespace Portal.Tests.Infrastructure;

/// <summary>Small recipes the core tests set sites up with: no theme content, just the types they need.</summary>
public static class TestRecipes
{
    /// <summary>A "News" type with title, path pattern, body and a part of its own with a few fields, plus a taxonomy.</summary>
    public const string NewsSite = """
    {
      // comments are allowed, as in Orchard Core
      "name": "test-news",
      "displayName": "Tin thử",
      "steps": [
        { "name": "themes", "site": "LienHiepHoi" },
        { "name": "settings", "SiteName": "Trang thử nghiệm", "TimeZoneId": "Asia/Ho_Chi_Minh" },
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            {
              "Name": "News",
              "DisplayName": "Tin",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "1" }, "AutoroutePartSettings": { "AllowCustomPath": true, "Pattern": "tin/{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": { "ContentTypePartSettings": { "Position": "2" } } },
                { "PartName": "News", "Name": "News", "Settings": { "ContentTypePartSettings": { "Position": "3" } } }
              ]
            }
          ],
          "ContentParts": [
            {
              "Name": "News",
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Summary", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Tóm tắt", "Position": "0" }, "TextFieldSettings": { "Required": true } } },
                { "FieldName": "DateTimeField", "Name": "EventDate", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Ngày", "Position": "1" } } },
                { "FieldName": "TaxonomyField", "Name": "Category", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Chuyên mục", "Position": "2" }, "TaxonomyFieldSettings": { "TaxonomyContentItemId": "taxonomy0000000000000000001" } } }
              ]
            }
          ]
        },
        {
          "name": "content",
          "data": [
            {
              "ContentItemId": "taxonomy0000000000000000001",
              "ContentItemVersionId": "taxonomy00000000000000000v1",
              "ContentType": "Taxonomy",
              "DisplayText": "Chuyên mục",
              "Latest": true, "Published": true,
              "TitlePart": { "Title": "Chuyên mục" },
              "AliasPart": { "Alias": "chuyen-muc" },
              "TaxonomyPart": {
                "TermContentType": "Taxonomy",
                "Terms": [
                  { "ContentItemId": "term000000000000000000001", "ContentType": "Taxonomy", "DisplayText": "Hoạt động", "TitlePart": { "Title": "Hoạt động" }, "AutoroutePart": { "Path": "tin/hoat-dong" } }
                ]
              }
            }
          ]
        }
      ]
    }
    """;

    /// <summary>Writes <see cref="NewsSite"/> into the database's folder and returns its path.</summary>
    public static string WriteNewsSite(TestDatabase database) =>
        TestPaths.WriteRecipe(Path.Combine(database.AppDataPath, "recipes"), NewsSite, "news.recipe.json");
}
