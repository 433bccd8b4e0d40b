using System.Text.Json.Nodes;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Core.Content.Handlers;

namespace Portal.Tests.Core.Content;

public sealed class RequiredFieldsHandlerTests
{
    [Theory]
    [InlineData("TaxonomyField", """{ "TaxonomyContentItemId": "tax", "TermContentItemIds": [] }""", true)]
    [InlineData("TaxonomyField", """{ "TaxonomyContentItemId": "tax", "TermContentItemIds": ["term"] }""", false)]
    [InlineData("LinkField", """{ "Text": "Trang chủ", "Url": "" }""", true)]
    [InlineData("LinkField", """{ "Text": "", "Url": "https://vusta.vn" }""", false)]
    [InlineData("MediaField", """{ "Paths": [], "MediaTexts": ["ảnh"] }""", true)]
    [InlineData("TextField", """{ "Text": "   " }""", true)]
    [InlineData("TextField", """{ "Text": "Có nội dung" }""", false)]
    [InlineData("BooleanField", """{ "Value": false }""", false)]
    public async Task Validating_RequiredFieldWhenPublishing_JudgesTheMeaningfulValue(string kind, string json, bool refused)
    {
        var definitions = new ContentDefinitionDocument();
        definitions.MergeType(new ContentTypeDefinition { Name = "Thing", Parts = [new ContentTypePartDefinition { Name = "Thing", PartName = "Thing" }] });
        definitions.MergePart(new ContentPartDefinition
        {
            Name = "Thing",
            Fields = [new ContentPartFieldDefinition { Name = "Value", FieldName = kind, Settings = new JsonObject { [kind + "Settings"] = new JsonObject { ["Required"] = true } } }],
        });
        var item = new ContentItem { ContentType = "Thing" };
        item.GetOrCreatePart("Thing")["Value"] = JsonNode.Parse(json);
        var context = new ContentSaveContext(item, definitions.Type("Thing")!, definitions, isImport: false, publishing: true);

        await ((IContentHandler)new RequiredFieldsHandler()).ValidatingAsync(context);

        Assert.Equal(refused, context.Errors.Any(e => e.Key == "Thing.Value"));
    }
}
