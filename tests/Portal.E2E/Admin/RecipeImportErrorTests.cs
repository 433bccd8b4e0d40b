using System.Globalization;
using System.Text;
using Portal.E2E.Infrastructure;

namespace Portal.E2E.Admin;

/// <summary>
/// The administrator uploads broken recipes on "Nhập recipe" and sees what is wrong and where (the line of malformed
/// JSON; the step and item that names an undefined type), and that nothing changed: a reader's home page still shows
/// the same newest article, and the dashboard counts as many items as before.
/// </summary>
public sealed class RecipeImportErrorTests(SetUpSite site) : BrowserTest(site), IClassFixture<SetUpSite>
{
    private const string ArticleTitle = "Hội nghị tổng kết công tác năm của Liên hiệp hội (bài trong recipe lỗi)";
    private const string ArticlePath = "/tin-tuc/hoi-nghi-tong-ket-bai-trong-recipe-loi";

    [Fact]
    public Task MalformedJson_Uploaded_ShowsTheLineAndColumnBesideTheUploadAndNothingChanges() => RunAsync(async journey =>
    {
        // A comma missing after "DisplayText" on line 7: an article that would be the newest, had it been read.
        string[] lines =
        [
            "// Recipe lỗi: thiếu dấu phẩy",
            "{",
            "  \"name\": \"thieu-dau-phay\",",
            "  \"displayName\": \"Recipe thiếu dấu phẩy\",",
            "  \"steps\": [",
            "    { \"name\": \"content\", \"data\": [",
            $"      {{ \"ContentType\": \"Article\", \"DisplayText\": \"{ArticleTitle}\" \"Published\": true,",
            $"        \"TitlePart\": {{ \"Title\": \"{ArticleTitle}\" }}, \"AutoroutePart\": {{ \"Path\": \"{ArticlePath.TrimStart('/')}\" }} }}",
            "    ] }",
            "  ]",
            "}",
        ];
        var column = lines[6].IndexOf("\"Published\"", StringComparison.Ordinal) + 1;
        var (admin, reader, before) = await SignInAndLookAsync(journey);

        var answer = await RecipeDashboard.UploadAsync(admin, "thieu-dau-phay.recipe.json", Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        Assert.Equal(400, answer.Status);
        var error = admin.GetByTestId("recipe-upload-error");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("JSON không hợp lệ");
        await Expect(error).ToContainTextAsync($"dòng 7, cột {column.ToString(CultureInfo.InvariantCulture)}");
        await Expect(admin.GetByTestId("recipe-plan")).ToHaveCountAsync(0);
        await Expect(admin.GetByTestId("recipe-confirm")).ToHaveCountAsync(0);
        await Expect(admin.GetByTestId("recipe-item").Filter(new() { HasText = "demo-content.recipe.json" })).ToBeVisibleAsync();
        await AssertNothingChangedAsync(admin, reader, before);
    });

    [Fact]
    public Task ItemOfAnUndefinedType_Uploaded_PlanNamesTheStepAndItemOffersNoConfirmationAndNothingChanges() => RunAsync(async journey =>
    {
        // Step 1 is a valid article, published now (so it would be the newest); step 2 names a type the site does not have.
        var recipe = $$"""
            {
              "name": "thong-cao-bao-chi",
              "displayName": "Bài viết và thông cáo báo chí",
              "steps": [
                { "name": "content", "data": [ {
                  "ContentItemId": "4e2ebaitrongrecipeloi00000", "ContentItemVersionId": "4e2ebaitrongrecipeloi000v1",
                  "ContentType": "Article", "DisplayText": "{{ArticleTitle}}", "Latest": true, "Published": true,
                  "PublishedUtc": "{{DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)}}",
                  "TitlePart": { "Title": "{{ArticleTitle}}" },
                  "AutoroutePart": { "Path": "{{ArticlePath.TrimStart('/')}}" },
                  "HtmlBodyPart": { "Html": "<p>Bài viết này không được nhập vì bước sau có lỗi.</p>" } } ] },
                { "name": "content", "data": [ {
                  "ContentItemId": "4e2ethongcaobaochi00000000", "ContentItemVersionId": "4e2ethongcaobaochi000000v1",
                  "ContentType": "ThongCaoBaoChi", "DisplayText": "Thông cáo báo chí số 1", "Latest": true, "Published": true } ] }
              ]
            }
            """;
        var (admin, reader, before) = await SignInAndLookAsync(journey);

        await RecipeDashboard.UploadAsync(admin, "thong-cao.recipe.json", Encoding.UTF8.GetBytes(recipe));

        await AssertRefusedPlanAsync(admin);
        await Expect(admin.GetByTestId("recipe-source")).ToHaveTextAsync("Nguồn: tệp tải lên thong-cao.recipe.json");

        // Skipping unsupported steps does not let an undefined type through.
        await admin.GetByTestId("recipe-replan-form").GetByTestId("recipe-skip").CheckAsync();
        await AdminDashboard.SubmitAsync(admin.GetByTestId("recipe-replan"));
        await Expect(admin.GetByTestId("recipe-replan-form").GetByTestId("recipe-skip")).ToBeCheckedAsync();
        await AssertRefusedPlanAsync(admin);

        await AssertNothingChangedAsync(admin, reader, before);
    });

    /// <summary>The plan of the recipe with the undefined type: one error that says where, no step applied, no way to confirm.</summary>
    private static async Task AssertRefusedPlanAsync(IPage admin)
    {
        await Expect(admin.GetByTestId("recipe-plan")).ToHaveAttributeAsync("data-succeeded", "false");
        var errors = admin.GetByTestId("recipe-error");
        await Expect(errors).ToHaveCountAsync(1);
        await Expect(errors).ToContainTextAsync("Bước 2 (content), steps[1].data[0].ContentType:");
        await Expect(errors).ToContainTextAsync("Loại nội dung 'ThongCaoBaoChi' chưa được định nghĩa");
        await Expect(admin.GetByTestId("recipe-unchanged")).ToHaveTextAsync("Không có gì bị thay đổi.");
        await Expect(admin.GetByTestId("recipe-step")).ToHaveCountAsync(2);
        await Expect(RecipeDashboard.StepCells(admin, 1)).ToHaveTextAsync(["1", "content", "chưa áp dụng", "1 nội dung: 1 Article"]);
        await Expect(RecipeDashboard.StepCells(admin, 2)).ToHaveTextAsync(["2", "content", "chưa áp dụng", "0 nội dung"]);
        await Expect(admin.GetByTestId("recipe-confirm")).ToHaveCountAsync(0);
    }

    /// <summary>The administrator signs in; a reader opens the home page; what both see before the upload.</summary>
    private static async Task<(IPage Admin, IPage Reader, (string Featured, string Total) Before)> SignInAndLookAsync(Journey journey)
    {
        var reader = await journey.NewPageAsync();
        await reader.GotoAsync("/");
        var featured = (await reader.GetByTestId("featured-article").GetByRole(AriaRole.Heading).TextContentAsync())!.Trim();
        Assert.Equal(SeedPage.Instance.Title, featured);
        Assert.Equal(404, (await reader.GotoAsync(ArticlePath))!.Status);

        var admin = await journey.NewPageAsync();
        await AdminDashboard.SignInAsync(admin, AdminDashboard.AdminUserName, PortalServer.AdminPassword);
        return (admin, reader, (featured, await RecipeDashboard.ContentTotalAsync(admin)));
    }

    /// <summary>The same newest article on the home page, the recipe's article nowhere, as many items in the dashboard.</summary>
    private static async Task AssertNothingChangedAsync(IPage admin, IPage reader, (string Featured, string Total) before)
    {
        await reader.GotoAsync("/");
        await Expect(reader.GetByTestId("featured-article").GetByRole(AriaRole.Heading)).ToHaveTextAsync(before.Featured);
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = ArticleTitle })).ToHaveCountAsync(0);
        Assert.Equal(404, (await reader.GotoAsync(ArticlePath))!.Status);
        Assert.Equal(before.Total, await RecipeDashboard.ContentTotalAsync(admin));
    }
}
