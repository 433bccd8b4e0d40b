using Portal.Core.Recipes;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Core.Recipes;

/// <summary>The dry run's plan: every step, what happens to types, parts and items, what has no equivalent; nothing written.</summary>
public sealed class RecipeDryRunTests
{
    private const string Existing = """
    { "name": "existing", "steps": [
      { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Notice", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
      { "name": "content", "data": [
        { "ContentType": "News", "ContentItemId": "dry00000000000000000000001", "ContentItemVersionId": "dry0000000000000000000001v", "TitlePart": { "Title": "Sẽ được sửa" }, "News": { "Summary": { "Text": "a" } } },
        { "ContentType": "News", "ContentItemId": "dry00000000000000000000002", "ContentItemVersionId": "dry0000000000000000000002v", "TitlePart": { "Title": "Giữ nguyên" }, "News": { "Summary": { "Text": "b" } } }
      ] }
    ] }
    """;

    private const string Plan = """
    { "name": "plan", "steps": [
      { "name": "feature", "enable": [ "OrchardCore.Title", "OrchardCore.Workflows" ] },
      { "name": "ContentDefinition",
        "ContentTypes": [
          { "Name": "Notice", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] },
          { "Name": "Gallery", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "FlowPart", "Name": "FlowPart" }, { "PartName": "Gallery", "Name": "Gallery" } ] },
          { "Name": "News", "ContentTypePartDefinitionRecords": [ { "PartName": "SeoMetaPart", "Name": "SeoMetaPart" } ] }
        ],
        "ContentParts": [ { "Name": "Gallery", "ContentPartFieldDefinitionRecords": [ { "FieldName": "YoutubeField", "Name": "Video" }, { "FieldName": "TextField", "Name": "Caption" } ] } ] },
      { "name": "content", "data": [
        { "ContentType": "News", "ContentItemId": "dry00000000000000000000001", "ContentItemVersionId": "dry0000000000000000000001v", "TitlePart": { "Title": "Đã sửa" }, "News": { "Summary": { "Text": "a" } } },
        { "ContentType": "News", "ContentItemId": "dry00000000000000000000002", "ContentItemVersionId": "dry0000000000000000000002v", "TitlePart": { "Title": "Giữ nguyên" }, "News": { "Summary": { "Text": "b" } } },
        { "ContentType": "Gallery", "ContentItemId": "dry00000000000000000000003", "ContentItemVersionId": "dry0000000000000000000003a", "Published": true, "Latest": false, "TitlePart": { "Title": "Ảnh" } },
        { "ContentType": "Gallery", "ContentItemId": "dry00000000000000000000003", "ContentItemVersionId": "dry0000000000000000000003b", "Published": false, "Latest": true, "TitlePart": { "Title": "Ảnh (nháp)" } }
      ] },
      { "name": "layers", "Layers": [] }
    ] }
    """;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task DryRun_MixedRecipe_PlansEveryStepAndWritesNothing(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        site.CreateClient();
        Assert.True((await RecipeExecutorTests.RunAsync(site, Existing)).Succeeded);
        var before = await DatabaseSnapshot.TakeAsync(database);

        var report = await RecipeExecutorTests.RunAsync(site, Plan, skipUnsupported: true, dryRun: true);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.True(report.DryRun);
        Assert.Equal(
            ["feature: Planned", "ContentDefinition: Planned", "content: Planned", "layers: SkippedUnsupported"],
            report.Steps.Select(s => $"{s.Name}: {s.Status}"));
        Assert.Equal(
            ["Type Notice Unchanged", "Type Gallery Created +TitlePart,FlowPart,Gallery", "Type News Changed +SeoMetaPart", "Part Gallery Created +Video,Caption"],
            report.Definitions.Select(d => $"{d.Kind} {d.Name} {d.Change}{(d.Added.Count > 0 ? " +" + string.Join(",", d.Added) : "")}"));
        Assert.Contains("cập nhật loại News: thêm phần SeoMetaPart", report.Steps[1].Details);
        Assert.Equal(["3 nội dung (4 phiên bản): 2 News, 1 Gallery", "tạo mới 1, cập nhật 1, giữ nguyên 1"], report.Steps[2].Details);
        Assert.Equal((0, 1, 1), Counts(report, "News"));
        Assert.Equal((1, 0, 0), Counts(report, "Gallery"));
        Assert.Equal(["OrchardCore.Workflows"], report.UnknownFeatures);
        Assert.Equal(["FlowPart", "SeoMetaPart"], report.UnknownParts);
        Assert.Equal(["YoutubeField"], report.UnknownFields);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Fact]
    public async Task DryRun_WithUnsupportedStepNotSkipped_IsRefusedButStillPlansTheRest()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        site.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(database);

        var report = await RecipeExecutorTests.RunAsync(site, Plan, dryRun: true);

        Assert.False(report.Succeeded);
        Assert.Contains("layers (bước 4)", report.Errors[0].Message);
        Assert.Equal(RecipeStepStatus.Unsupported, report.Steps[3].Status);
        Assert.Contains(report.Definitions, d => d.Name == "Gallery" && d.Change == RecipeChangeKind.Created);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Fact]
    public async Task DryRun_ItemsOfAnUndefinedType_AreCountedNowhereButInTheError()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        site.CreateClient();

        var report = await RecipeExecutorTests.RunAsync(site, """
            { "name": "undefined", "steps": [
              { "name": "content", "data": [ { "ContentType": "Missing", "ContentItemId": "dry00000000000000000000009", "TitlePart": { "Title": "x" } } ] },
              { "name": "content", "data": [
                { "ContentType": "Missing", "ContentItemId": "dry00000000000000000000010", "TitlePart": { "Title": "y" } },
                { "ContentType": "News", "ContentItemId": "dry00000000000000000000011", "TitlePart": { "Title": "z" }, "News": { "Summary": { "Text": "c" } } }
              ] }
            ] }
            """, dryRun: true);

        Assert.Equal(2, report.Errors.Count);
        Assert.Equal("0 nội dung", report.Steps[0].Details[0]);
        Assert.Equal("1 nội dung: 1 News", report.Steps[1].Details[0]);
    }

    private static (int Created, int Updated, int Unchanged) Counts(RecipeReport report, string type) =>
        (report.ItemsByType[type].Created, report.ItemsByType[type].Updated, report.ItemsByType[type].Unchanged);
}
