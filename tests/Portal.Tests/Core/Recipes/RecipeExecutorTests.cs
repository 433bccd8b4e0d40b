using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Core.Settings;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Core.Recipes;

public sealed class RecipeExecutorTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Run_CommentsAndMixedCasing_AreAccepted(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var report = await RunAsync(site, """
        {
          "name": "casing", // a comment after a value
          /* a block comment */
          "Steps": [
            { "Name": "SETTINGS", "SiteName": "Tên mới" },
            { "name": "Content", "Data": [
              { "ContentType": "news", "ContentItemId": "casing00000000000000000001", "Displaytext": "Chữ hoa chữ thường",
                "TitlePart": { "Title": "Chữ hoa chữ thường" }, "News": { "Summary": { "Text": "x" } } },
            ] },
          ]
        }
        """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        var item = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync("casing00000000000000000001"));
        Assert.Equal("News", item!.ContentType);
        Assert.Equal("Tên mới", (await site.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsManager>().GetAsync())).SiteName);
    }

    [Fact]
    public async Task Run_Expressions_AreEvaluatedAndVariablesOnlyOnce()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var report = await RunAsync(site, """
        {
          "name": "expressions",
          "variables": {
            "id": "[js: uuid()]",
            "prefix": "Tin",
            "title": "[js: variables('prefix') + ' số ' + (1 + 2)]"
          },
          "steps": [
            { "name": "content", "data": [
              { "ContentType": "News", "ContentItemId": "[js: variables('id')]", "TitlePart": { "Title": "[js: variables('title')]" },
                "Author": "[js: parameters('AdminUsername')]",
                "HtmlBodyPart": { "Html": "[js: html('&lt;p&gt;Xin ch&agrave;o&lt;/p&gt;')]" },
                "News": { "Summary": { "Text": "[js: base64('VGjGsCBt4budaQ==')]" },
                          "EventDate": { "Value": "[js: configuration('Portal:Nothing', '2026-12-01T00:00:00Z')]" } } }
            ] },
            { "name": "settings", "HomeRoute": { "ContentItemId": "[js: variables('id')]" } }
          ]
        }
        """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        var settings = await site.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsManager>().GetAsync());
        var id = settings.HomeRoute!["ContentItemId"]!.ToString();
        var item = await site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id));
        Assert.NotNull(item);
        Assert.Equal("Tin số 3", item.DisplayText);
        Assert.Equal("admin", item.Author);
        Assert.Equal("<p>Xin chào</p>", item.Part("HtmlBodyPart")!["Html"]!.ToString());
        Assert.Equal("Thư mời", item.Field("News", "Summary")!["Text"]!.ToString());
    }

    [Fact]
    public async Task Run_UnknownFunctionInScript_NamesStepAndPathAndWritesNothing()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        site.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(database);

        var report = await RunAsync(site, """
        { "name": "bad-script", "steps": [
          { "name": "settings", "SiteName": "Không được ghi" },
          { "name": "content", "data": [ { "ContentType": "News", "TitlePart": { "Title": "[js: khongCoHam()]" } } ] }
        ] }
        """);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Errors);
        Assert.Equal(2, error.StepNumber);
        Assert.Equal("content", error.StepName);
        Assert.Equal("steps[1].data[0].TitlePart.Title", error.Path);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Fact]
    public async Task Run_RunawayScript_IsStoppedByTheSandbox()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var report = await RunAsync(site, """
        { "name": "loop", "steps": [ { "name": "settings", "SiteName": "[js: (function(){ while(true){} })()]" } ] }
        """);
        Assert.False(report.Succeeded);
        Assert.Contains("bị dừng", Assert.Single(report.Errors).Message);
    }

    [Fact]
    public async Task Run_ScriptAskingForClr_HasNoAccess()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var report = await RunAsync(site, """
        { "name": "clr", "steps": [ { "name": "settings", "SiteName": "[js: System.IO.File.ReadAllText('/etc/passwd')]" } ] }
        """);
        Assert.False(report.Succeeded);
        Assert.Equal("steps[0].SiteName", Assert.Single(report.Errors).Path);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Run_UndefinedContentType_NamesTheType(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var report = await RunAsync(site, """
        { "name": "undefined-type", "steps": [ { "name": "content", "data": [ { "ContentType": "Khong", "DisplayText": "x" } ] } ] }
        """);

        var error = Assert.Single(report.Errors);
        Assert.Equal("steps[0].data[0].ContentType", error.Path);
        Assert.Contains("'Khong'", error.Message);
    }

    [Fact]
    public async Task Run_TypeDefinedEarlierInTheSameRecipe_IsAccepted()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var report = await RunAsync(site, """
        { "name": "define-then-use", "steps": [
          { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Notice", "Settings": { "Creatable": true, "Listable": "True" },
              "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "Position": "0" } } ] } ] },
          { "name": "content", "data": [ { "ContentType": "Notice", "ContentItemId": "notice0000000000000000001", "TitlePart": { "Title": "Thông báo" } } ] }
        ] }
        """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        Assert.Equal(["Notice"], report.CreatedTypes);
        var type = await site.InScopeAsync(sp => sp.GetRequiredService<Portal.Core.Content.Definitions.ContentDefinitionManager>().GetTypeAsync("Notice"));
        Assert.True(type!.Creatable);
        Assert.True(type.Listable);
        Assert.Equal(0, type.Parts[0].Position);
    }

    [Fact]
    public async Task Run_TypeWithoutDisplayName_AddsThePartAndKeepsTheDisplayName()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        var report = await RunAsync(site, """
        { "name": "add-part", "steps": [ { "name": "ContentDefinition", "ContentTypes": [ { "Name": "News",
            "ContentTypePartDefinitionRecords": [ { "PartName": "AliasPart", "Name": "AliasPart" } ] } ] } ] }
        """);

        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        var type = await site.InScopeAsync(sp => sp.GetRequiredService<Portal.Core.Content.Definitions.ContentDefinitionManager>().GetTypeAsync("News"));
        Assert.Equal("Tin", type!.DisplayName);
        Assert.True(type.HasPart("AliasPart"));
        Assert.True(type.HasPart("TitlePart"));
    }

    [Fact]
    public async Task Run_UnsupportedStep_IsRefusedUnlessSkipped()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        const string recipe = """
        { "name": "unsupported", "steps": [ { "name": "settings", "SiteName": "Sau khi bỏ qua" }, { "name": "layers", "Layers": [] }, { "name": "queries" } ] }
        """;

        var refused = await RunAsync(site, recipe);
        Assert.False(refused.Succeeded);
        Assert.Contains("layers (bước 2)", refused.Errors[0].Message);
        Assert.Contains("queries (bước 3)", refused.Errors[0].Message);

        var skipped = await RunAsync(site, recipe, skipUnsupported: true);
        Assert.True(skipped.Succeeded);
        Assert.Equal(["layers", "queries"], skipped.UnsupportedSteps.Select(s => s.Name));
        Assert.Equal("Sau khi bỏ qua", (await site.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsManager>().GetAsync())).SiteName);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Run_LastStepFails_LeavesDatabaseExactlyAsItWas(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        site.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(database);

        // Every step validates; the last one fails while applying (a path reserved for the system).
        var report = await RunAsync(site, """
        { "name": "late-failure", "steps": [
          { "name": "settings", "SiteName": "Không được lưu" },
          { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Extra", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart" } ] } ] },
          { "name": "content", "data": [
            { "ContentType": "News", "ContentItemId": "late0000000000000000000001", "TitlePart": { "Title": "Tin hợp lệ" } },
            { "ContentType": "News", "ContentItemId": "late0000000000000000000002", "TitlePart": { "Title": "Tin lỗi" }, "AutoroutePart": { "Path": "admin/chiem-cho" } }
          ] }
        ] }
        """);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Errors);
        Assert.Equal(3, error.StepNumber);
        Assert.Equal("steps[2].data[1]", error.Path);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
        Assert.Equal("Trang thử nghiệm", (await site.InScopeAsync(sp => sp.GetRequiredService<SiteSettingsManager>().GetAsync())).SiteName);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Run_EventEndingBeforeItStarts_IsRefusedWithStepAndPathAndWritesNothing(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database);
        site.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(database);

        var report = await RunAsync(site, """
        { "name": "bad-event", "steps": [
          { "name": "content", "data": [
            { "ContentType": "Event", "ContentItemId": "event00000000000000000001", "TitlePart": { "Title": "Sự kiện đúng" },
              "Event": { "StartDate": { "Value": "2026-12-10T01:00:00Z" }, "EndDate": { "Value": "2026-12-10T10:00:00Z" } } },
            { "ContentType": "Event", "ContentItemId": "event00000000000000000002", "TitlePart": { "Title": "Kết thúc trước khi bắt đầu" },
              "Event": { "StartDate": { "Value": "2026-12-10T01:00:00Z" }, "EndDate": { "Value": "2026-12-09T10:00:00Z" } } }
          ] }
        ] }
        """);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Errors);
        Assert.Equal(1, error.StepNumber);
        Assert.Equal("content", error.StepName);
        Assert.Equal("steps[0].data[1]", error.Path);
        Assert.Contains("Event.EndDate: Thời gian kết thúc phải sau thời gian bắt đầu.", error.Message);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Run_SameRecipeTwice_SecondChangesNothing(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        const string recipe = """
        { "name": "twice", "steps": [ { "name": "content", "data": [
          { "ContentType": "News", "ContentItemId": "twice000000000000000000001", "ContentItemVersionId": "twice00000000000000000000v", "Published": true, "Latest": true,
            "TitlePart": { "Title": "Hai lần" }, "HtmlBodyPart": { "Html": "<p>Một lần là đủ</p>" }, "News": { "Summary": { "Text": "t" } } },
          { "ContentType": "News", "ContentItemId": "twice000000000000000000002", "Published": false, "Latest": true, "TitlePart": { "Title": "Nháp" } }
        ] } ] }
        """;

        var first = await RunAsync(site, recipe);
        Assert.Equal(2, first.ItemsCreated);
        var snapshot = await DatabaseSnapshot.TakeAsync(database);
        var second = await RunAsync(site, recipe);

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.ItemsCreated + second.ItemsUpdated);
        Assert.Equal(2, second.ItemsUnchanged);
        Assert.Equal(snapshot, await DatabaseSnapshot.TakeAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Run_SameVersionWithChangedContent_UpdatesTheItemAndItsIndexes(string provider)
    {
        using var database = TestDatabase.Create(provider);
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        const string recipe = """
        { "name": "changed", "steps": [ { "name": "content", "data": [
          { "ContentType": "News", "ContentItemId": "changed00000000000000000001", "ContentItemVersionId": "changed0000000000000000000v", "Published": true, "Latest": true,
            "TitlePart": { "Title": "TITLE" }, "AutoroutePart": { "Path": "tin/PATH" }, "News": { "Summary": { "Text": "t" } } }
        ] } ] }
        """;

        Assert.True((await RunAsync(site, recipe.Replace("TITLE", "Bản đầu").Replace("PATH", "ban-dau"))).Succeeded);
        var second = await RunAsync(site, recipe.Replace("TITLE", "Bản sửa").Replace("PATH", "ban-sua"));

        Assert.True(second.Succeeded, string.Join("; ", second.Errors));
        Assert.Equal(1, second.ItemsUpdated);
        await using var db = site.OpenDb();
        Assert.Equal(["tin/ban-sua"], await db.Autoroutes.Where(r => r.ContentItemId == "changed00000000000000000001").Select(r => r.Path).ToListAsync());
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/tin/ban-sua")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/tin/ban-dau")).StatusCode);
    }

    [Fact]
    public async Task Run_DryRun_ReportsPlanAndWritesNothing()
    {
        using var database = TestDatabase.Create("Sqlite");
        await using var site = new PortalSite(database, TestRecipes.WriteNewsSite(database));
        site.CreateClient();
        var before = await DatabaseSnapshot.TakeAsync(database);

        var report = await RunAsync(site, """
        { "name": "dry", "steps": [ { "name": "content", "data": [ { "ContentType": "News", "TitlePart": { "Title": "Chỉ chạy thử" } } ] } ] }
        """, dryRun: true);

        Assert.True(report.Succeeded);
        Assert.Equal(1, report.ItemsCreated);
        Assert.All(report.Steps, s => Assert.Equal(RecipeStepStatus.Planned, s.Status));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(database));
    }

    [Fact]
    public async Task Read_MalformedJson_GivesLineAndColumn()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read("{\n  \"name\": \"x\",\n  \"steps\": [ { \"name\": } ]\n}")).Errors.Single();
        Assert.Equal(3, error.Line);
        Assert.NotNull(error.Column);
        Assert.Contains("JSON không hợp lệ", error.Message);
    }

    [Fact]
    public void Read_MalformedJsonAfterVietnameseText_ColumnCountsCharactersAndThePositionIsGivenOnce()
    {
        const string line = """  "steps": [ { "name": "Thông cáo báo chí" "x": 1 } ]""";
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read("{\n  \"name\": \"Nhập thử\",\n" + line + "\n}")).Errors.Single();

        Assert.Equal(3, error.Line);
        Assert.Equal(line.IndexOf("\"x\"", StringComparison.Ordinal) + 1, error.Column);
        Assert.DoesNotContain("LineNumber", error.Message);
        Assert.DoesNotContain("BytePosition", error.Message);
    }

    [Fact]
    public void Read_NotARecipe_SaysSo()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeReader.Read("""{ "hello": 1 }""")).Errors.Single();
        Assert.Contains("thiếu danh sách \"steps\"", error.Message);
    }

    [Fact]
    public void Read_NotUtf8_SaysSo()
    {
        byte[] latin1 = [(byte)'{', (byte)'"', 0xE9, (byte)'"', (byte)':', (byte)'1', (byte)'}'];
        Assert.Contains("UTF-8", Assert.Throws<RecipeException>(() => RecipeReader.Read(latin1, null, "x.json")).Message);
    }

    internal static Task<RecipeReport> RunAsync(PortalSite site, string json, bool skipUnsupported = false, bool dryRun = false) =>
        site.InScopeAsync(async sp =>
        {
            var folder = Path.Combine(site.Database.AppDataPath, "recipes");
            var recipe = RecipeReader.ReadFile(TestPaths.WriteRecipe(folder, json, Guid.NewGuid().ToString("N") + ".recipe.json"));
            var parameters = await RecipeParameters.ForAdministratorAsync(sp);
            return await sp.GetRequiredService<RecipeExecutor>().RunAsync(recipe, new RecipeRunOptions { SkipUnsupported = skipUnsupported, DryRun = dryRun, Parameters = parameters });
        });
}
