using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Definitions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Core.Recipes;

/// <summary>Orchard Core's ReplaceContentDefinition and DeleteContentDefinition steps.</summary>
public sealed class DefinitionStepsTests
{
    private const string NewsItem = """
        { "name": "news-item", "steps": [ { "name": "content", "data": [
          { "ContentType": "News", "ContentItemId": "defsteps00000000000000001", "ContentItemVersionId": "defsteps0000000000000001v", "Published": true, "Latest": true,
            "TitlePart": { "Title": "Tin có ngày" }, "HtmlBodyPart": { "Html": "<p>Nội dung</p>" },
            "News": { "Summary": { "Text": "Tóm tắt" }, "EventDate": { "Value": "2026-11-20T08:00:00Z" } } } ] } ] }
        """;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Replace_TakesOffWhatItNoLongerLists_AndTheItemsKeepTheirValues(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        site.CreateClient();
        Assert.True((await RecipeExecutorTests.RunAsync(site, NewsItem)).Succeeded);

        var report = await RecipeExecutorTests.RunAsync(site, """
            { "name": "replace", "steps": [ { "name": "ReplaceContentDefinition",
              "ContentTypes": [ { "Name": "News", "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart" },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "Pattern": "tin/{{ Model.ContentItem | display_text | slugify }}" } } },
                { "PartName": "News", "Name": "News" } ] } ],
              "ContentParts": [ { "Name": "News", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Summary", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Tóm tắt" } } } ] } ] } ] }
            """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Contains("cập nhật loại News: bỏ phần HtmlBodyPart; đổi cài đặt", report.Steps[0].Details);
        Assert.Contains("cập nhật phần News: bỏ trường EventDate, Category; đổi cài đặt", report.Steps[0].Details);
        var (definitions, item) = await site.InScopeAsync(async services => (
            await services.GetRequiredService<ContentDefinitionManager>().GetAsync(),
            await services.GetRequiredService<IContentManager>().GetAsync("defsteps00000000000000001")));
        Assert.Equal(["TitlePart", "AutoroutePart", "News"], definitions.Type("News")!.Parts.Select(p => p.Name));
        Assert.Equal("Tin", definitions.Type("News")!.DisplayName);
        Assert.Equal(["Summary"], definitions.Part("News")!.Fields.Select(f => f.Name));
        Assert.Equal("<p>Nội dung</p>", item!.Part("HtmlBodyPart")!["Html"]!.ToString());
        Assert.NotNull(item.Part("News")!["EventDate"]);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Delete_TypeWithItemsOrPartInUse_IsRefusedAndNothingChanges_AnEmptyTypeAndItsPartGo(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        site.CreateClient();
        Assert.True((await RecipeExecutorTests.RunAsync(site, NewsItem)).Succeeded);
        Assert.True((await RecipeExecutorTests.RunAsync(site, """
            { "name": "notice", "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Notice", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Notice", "Name": "Notice" } ] } ],
              "ContentParts": [ { "Name": "Notice", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Body" } ] } ] } ] }
            """)).Succeeded);

        var refused = await RecipeExecutorTests.RunAsync(site, """
            { "name": "delete", "steps": [ { "name": "DeleteContentDefinition", "ContentTypes": [ "Notice", "News" ], "ContentParts": [ "News" ] } ] }
            """);
        var deleted = await RecipeExecutorTests.RunAsync(site, """
            { "name": "delete", "steps": [ { "name": "DeleteContentDefinition", "ContentTypes": [ "Notice", "Blog" ], "ContentParts": [ "Notice" ] } ] }
            """);

        Assert.Equal(
            ["steps[0].ContentTypes[1]: Không xóa được loại 'News': còn 1 nội dung thuộc loại này. Hãy xóa hoặc chuyển các nội dung đó trước.",
             "steps[0].ContentParts[0]: Không xóa được phần 'News': loại News vẫn dùng phần này."],
            refused.Errors.Select(e => $"{e.Path}: {e.Message}"));
        Assert.True(deleted.Succeeded, string.Join("; ", deleted.Errors));
        Assert.Equal(["xóa loại Notice", "xóa phần Notice"], deleted.Steps[0].Details);
        Assert.Contains(deleted.Warnings, w => w.Contains("không có loại nội dung 'Blog' để xóa"));
        var definitions = await site.InScopeAsync(services => services.GetRequiredService<ContentDefinitionManager>().GetAsync());
        Assert.Null(definitions.Type("Notice"));
        Assert.Null(definitions.Part("Notice"));
        Assert.NotNull(definitions.Type("News"));
        Assert.NotNull(definitions.Part("News"));
    }
}
